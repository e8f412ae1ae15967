using PolicyRules.Referee.Tests.Referee;
using PolicyRules.Rules.Tests;

namespace PolicyRules.Referee.Tests;

/// <summary>
/// Every policy case, completed: its date and answers kept, every variable it leaves unanswered (or
/// answers "uncertain") filled, several times with a seed from the case's name. A case that is
/// already fully answered is also refereed as it is.
/// </summary>
public sealed class PolicyCaseTests
{
    [Theory]
    [AllPolicyCases]
    public void Fire_EveryCompletionOfPolicyCase_SameFactsAndStatuses(string area, PolicyCase policyCase)
    {
        // Arrange
        var variations = Variations.For(area);
        var runs = Enumerable.Range(0, RefereeSettings.Completions).Select(i => variations.Completion(policyCase, i)).ToList();
        if (variations.IsFullyAnswered(policyCase))
        {
            runs.Insert(0, variations.Completion(policyCase, 0) with { Origin = $"case '{policyCase}' as it is" });
        }

        var scorecard = new Scorecard();

        // Act
        foreach (var variation in runs)
        {
            scorecard.Record(Bout.Start(variation).Judge("after firing"));
        }

        // Assert
        scorecard.AssertAgreement();
    }
}
