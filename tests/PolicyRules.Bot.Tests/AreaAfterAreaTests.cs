using PolicyRules.Bot.Builder.Schema;

namespace PolicyRules.Bot.Tests;

/// <summary>
/// One conversation, two areas: after the first answer the bot offers the areas the person also named, or those that
/// read an answer already given, and going on asks nothing already answered.
/// </summary>
public sealed class AreaAfterAreaTests
{
    private const string EmploymentTitle = "就业创业补贴（西城区）";

    [Fact]
    public async Task VeteranAskingAlsoAboutAStartUpLoan_AfterThePlacementAnswer_IsOfferedEmploymentAndAskedNothingTwice()
    {
        // Arrange
        var bot = new BotHarness();
        var veteran = new Dictionary<string, string>
        {
            ["enquirer.role"] = "退役士兵本人",
            ["applicant.militaryService"] = "士官",
            ["enquirer.jobsRole"] = "个人",
            ["business.form"] = "企业",
        };

        // Act
        var (placementAsked, placementEnd) = await AnswerUntilTheResultAsync(bot, await bot.SayAsync("我是退役军人，想问退役安置，也想问创业贷款"), veteran);
        var (employmentAsked, employmentEnd) = await AnswerUntilTheResultAsync(bot, await bot.SayAsync(EmploymentTitle), veteran);

        // Assert
        var offer = placementEnd[^1];
        Assert.Contains("您开头还问到了就业创业补贴（西城区）", offer.Text, StringComparison.Ordinal);
        Assert.Contains(offer.SuggestedActions!.Actions!, a => a.Title == EmploymentTitle);
        Assert.Contains("applicant.militaryService", placementAsked);
        Assert.Equal("enquirer.jobsRole", employmentAsked[0]);
        Assert.Empty(employmentAsked.Intersect(placementAsked));
        Assert.Contains(employmentEnd, r => BotHarness.ReportOf(r) is not null);
    }

    [Fact]
    public async Task VeteranAskingOnlyAboutPlacement_AfterTheAnswer_IsOfferedTheAreasThatReadHisAnswers()
    {
        // Arrange
        var bot = new BotHarness();

        // Act
        var (_, end) = await AnswerUntilTheResultAsync(bot, await bot.SayAsync("我退伍了能安置吗"), new Dictionary<string, string>
        {
            ["enquirer.role"] = "退役士兵本人",
            ["applicant.militaryService"] = "义务兵",
        });

        // Assert
        var offer = end[^1];
        Assert.Contains("您的回答也和就业创业补贴（西城区）有关", offer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(offer.SuggestedActions!.Actions!, a => a.Title == "退役士兵安置与扶持");
    }

    [Fact]
    public async Task AfterTheAnswer_AnythingButAnotherArea_ShowsTheAnswerAgain()
    {
        // Arrange
        var bot = new BotHarness();
        var (_, end) = await AnswerUntilTheResultAsync(bot, await bot.SayAsync("我退伍了能安置吗"), new Dictionary<string, string>
        {
            ["enquirer.role"] = "退役士兵本人",
        });

        // Act
        var again = await bot.SayAsync("好的谢谢");

        // Assert
        var card = Assert.Single(end, r => BotHarness.ReportOf(r) is not null);
        Assert.Equal(BotHarness.ReportOf(card)!.ToString(), BotHarness.ReportOf(again[0])?.ToString());
    }

    /// <summary>Answers from <paramref name="answers"/>, else 不知道, until the result; returns the questions asked and the last turn's replies.</summary>
    private static async Task<(List<string> Asked, IReadOnlyList<Activity> End)> AnswerUntilTheResultAsync(
        BotHarness bot, IReadOnlyList<Activity> replies, IReadOnlyDictionary<string, string> answers)
    {
        var asked = new List<string>();
        for (var turn = 0; turn < 60; turn++)
        {
            if (BotHarness.QuestionOf(replies[^1]) is not { } question)
            {
                return (asked, replies);
            }

            asked.Add(question);
            replies = await bot.SayAsync(answers.TryGetValue(question, out var answer) ? answer : "不知道");
        }

        throw new InvalidOperationException("The interview did not end within 60 questions.");
    }
}
