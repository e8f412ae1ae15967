using PolicyRules.Referee.Tests.Referee;
using PolicyRules.Rules;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;
using PolicyRules.Rules.Tests;
using PolicyRules.Screening.Reports;
using PolicyRules.Screening.Variables;
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
    public void Update_OneAnswerChangedInBothEngines_SameFactsAndStatusesAgain(string area)
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

    [Fact]
    public void Update_YieldedFactBuiltFromChangedAnswer_RebuiltByBothEngines()
    {
        // Arrange: the preference proof is built from the child's status; the match holds before and after the change.
        var status = CaseRunner.Service.Variables["child.preferenceStatus"];
        var bout = Start("a martyr's child who turns out to be a Taiwanese student", Answer.Known(status, PreferenceStatus.MartyrChild));

        // Act
        bout.Change(Answer.Known(status, PreferenceStatus.TaiwanStudent));
        var verdict = bout.Judge("after the status changed");

        // Assert
        Assert.True(verdict.Agrees, verdict.ToString());
        Assert.Contains(new DocumentRequired(SchoolEnrolmentPrograms.Preference, "preference-proof-taiwan-student"), verdict.DerivedFacts);
        Assert.DoesNotContain(new DocumentRequired(SchoolEnrolmentPrograms.Preference, "preference-proof-martyr-child"), verdict.DerivedFacts);
    }

    [Fact]
    public void Update_FirstPremiseOfChainStopsHolding_BothEnginesWithdrawTheChain()
    {
        // Arrange: a district child born on the cut-off day, then a day later.
        var variables = CaseRunner.Service.Variables;
        var bout = Start(
            "a district child born on the cut-off day, then a day later",
            Answer.Known(variables["child.stage"], SchoolStage.Primary),
            Answer.Known(variables["child.hukou"], HukouLocation.Mentougou),
            Answer.Known(variables["child.birthDate"], new DateOnly(2011, 8, 31)));
        var before = bout.Judge("born on the cut-off day");

        // Act
        bout.Change(Answer.Known(variables["child.birthDate"], new DateOnly(2011, 9, 1)));
        var after = bout.Judge("born the day after the cut-off");

        // Assert
        Assert.True(before.Agrees, before.ToString());
        Assert.True(after.Agrees, after.ToString());
        Assert.Equal(ProgramStatus.Eligible, before.Statuses[SchoolEnrolmentPrograms.LocalPrimary]);
        Assert.Equal(ProgramStatus.Ineligible, after.Statuses[SchoolEnrolmentPrograms.LocalPrimary]);
        Assert.DoesNotContain(after.DerivedFacts, f => f is OfEntryAge);
    }

    private static Bout Start(string origin, params Answer[] answers) =>
        Bout.Start(Variations.For(RefereeAreas.SchoolEnrolment).Complete(origin, new DateOnly(2017, 5, 10), answers, seed: 1));
}
