using PolicyRules.Referee.Tests.Referee;
using Xunit.Abstractions;

namespace PolicyRules.Referee.Tests;

/// <summary>
/// One answer changes after firing: the input fact both sessions share is updated in both and both
/// fire again. NRules updates the facts its matches yielded when they re-activate; our engine withdraws
/// and re-derives them (or keeps a match that comes back unchanged). Both must end with the same facts.
/// </summary>
public sealed class ChangedAnswerTests(ITestOutputHelper output)
{
    /// <summary>Variations numbered from here: others than the random variation tests referee.</summary>
    private const int FirstIndex = 1_000_000;

    [Theory]
    [MemberData(nameof(RefereeAreas.All), MemberType = typeof(RefereeAreas))]
    public void NRules_and_our_engine_agree_again_after_one_answer_changes(string area)
    {
        // Arrange
        var variations = Variations.For(area);
        var seed = RefereeSettings.Seed;
        var before = new Scorecard();
        var after = new Scorecard();
        var altered = 0;

        for (var i = FirstIndex; i < FirstIndex + RefereeSettings.ChangedAnswers; i++)
        {
            var bout = Bout.Start(variations.Random(seed, i));
            var first = bout.Judge("after firing");
            var random = new Random(StableSeed.Of($"{area}#{seed}#{i}#change"));
            var variable = variations.Variables[random.Next(variations.Variables.Count)];
            var changed = variations.Generator.Other(variable, bout.Variation.Answers[variable.Id], bout.Variation.Date, random);

            // Act
            bout.Change(changed);

            // Assert (collected, so that every variation runs and a failure shows the first few)
            var second = bout.Judge($"after changing {variable.Id} to {Variation.Format(changed)}");
            before.Record(first);
            after.Record(second);
            altered += first.DerivedFacts.ToHashSet().SetEquals(second.DerivedFacts) ? 0 : 1;
        }

        output.WriteLine($"{area}: {after.Bouts} variations refereed before and after one changed answer (REFEREE_SEED={seed}); "
            + $"the change altered NRules' derived facts in {altered}.");
        output.WriteLine(after.Summary());
        before.AssertAgreement();
        after.AssertAgreement();
    }
}
