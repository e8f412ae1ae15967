using PolicyRules.Referee.Tests.Referee;
using Xunit.Abstractions;

namespace PolicyRules.Referee.Tests;

/// <summary>Seeded random fully-answered variations of each area, biased to its boundaries (see README.md to replay a seed).</summary>
public sealed class RandomVariationTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(RefereeAreas.All), MemberType = typeof(RefereeAreas))]
    public void Fire_RandomFullyAnsweredVariations_SameFactsAndStatuses(string area)
    {
        // Arrange
        var variations = Variations.For(area);
        var seed = RefereeSettings.Seed;
        var scorecard = new Scorecard();

        // Act
        for (var i = 0; i < RefereeSettings.RandomVariations; i++)
        {
            scorecard.Record(Bout.Start(variations.Random(seed, i)).Judge("after firing"));
        }

        // Assert
        output.WriteLine($"{area}: {scorecard.Bouts} random variations refereed (REFEREE_SEED={seed}).");
        output.WriteLine(scorecard.Summary());
        scorecard.AssertAgreement();
    }
}
