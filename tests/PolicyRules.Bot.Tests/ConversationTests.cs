using Newtonsoft.Json.Linq;
using PolicyRules.Bot.Builder.Schema;

namespace PolicyRules.Bot.Tests;

/// <summary>The conversation against the real rules: routing, questions, answers, commands and the result.</summary>
public sealed class ConversationTests
{
    [Fact]
    public async Task MembersAdded_PersonJoins_WelcomesAndOffersTheMenu()
    {
        // Arrange
        var bot = new BotHarness();
        var joined = new Activity(ActivityTypes.ConversationUpdate) { MembersAdded = [new ChannelAccount("user", "市民")] };

        // Act
        await bot.Adapter.ProcessActivityAsync(joined, bot.Bot.OnTurnAsync);

        // Assert
        Assert.Contains("门头沟区政策助手", bot.Adapter.GetNextReply()!.Text, StringComparison.Ordinal);
        Assert.Contains(bot.Adapter.GetNextReply()!.SuggestedActions!.Actions!, a => a.Title == "义务教育入学（小学、初中）");
    }

    [Fact]
    public async Task FirstMessage_AboutPrimarySchool_GivesPrivacyNoticeThenAsksTheStageWithButtons()
    {
        // Arrange
        var bot = new BotHarness();

        // Act
        var replies = await bot.SayAsync("孩子今年上小学");

        // Assert
        Assert.Contains(replies, r => r.Text!.Contains("隐私提示", StringComparison.Ordinal));
        var question = replies[^1];
        Assert.Equal("child.stage", BotHarness.QuestionOf(question));
        var policyRules = (JObject)((JObject)question.ChannelData!)["policyRules"]!;
        Assert.Equal("choice", policyRules["type"]!.ToString());
        Assert.Equal(0, policyRules["progress"]!["asked"]!.Value<int>());
        Assert.Contains("第1题", question.Text, StringComparison.Ordinal);
        Assert.Contains(question.SuggestedActions!.Actions!, a => a.Title == "上小学一年级");
    }

    [Theory]
    [InlineData("我退伍了能安置吗", "zh-CN")]
    [InlineData("退役士兵自主就业补助多少钱", "zh-CN")]
    [InlineData("转业士官有什么政策", "zh-CN")]
    [InlineData("I was discharged from the army this year", "en")]
    public async Task FirstMessage_VeteranOpening_RoutesToTheVeteranArea(string text, string locale)
    {
        // Arrange
        var bot = new BotHarness(locale);

        // Act
        var replies = await bot.SayAsync(text);

        // Assert
        Assert.Equal("enquirer.role", BotHarness.QuestionOf(replies[^1]));
    }

    [Theory]
    [InlineData("我失业了有什么补贴", "zh-CN")]
    [InlineData("失业了能领什么补贴", "zh-CN")]
    [InlineData("招人有补贴吗", "zh-CN")]
    [InlineData("我想创业贷款", "zh-CN")]
    [InlineData("I run a small company and want to hire", "en")]
    public async Task FirstMessage_EmploymentOpening_RoutesToTheEmploymentArea(string text, string locale)
    {
        // Arrange
        var bot = new BotHarness(locale);

        // Act
        var replies = await bot.SayAsync(text);

        // Assert
        Assert.Equal("enquirer.jobsRole", BotHarness.QuestionOf(replies[^1]));
    }

    [Theory]
    [InlineData("公租房怎么申请", "还没有收录")]
    [InlineData("你好", "不确定您想咨询哪方面")]
    public async Task FirstMessage_NotACoveredTopic_SaysSoAndOffersTheMenu(string text, string expected)
    {
        // Arrange
        var bot = new BotHarness();

        // Act
        var reply = Assert.Single(await bot.SayAsync(text));

        // Assert
        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        Assert.Contains(reply.SuggestedActions!.Actions!, a => a.Title == "义务教育入学（小学、初中）");
    }

    [Fact]
    public async Task Answer_NotUnderstood_ReAsksWithAnExampleAndKeepsTheQuestion()
    {
        // Arrange
        var bot = new BotHarness();
        await bot.SayAsync("孩子今年上小学");
        await bot.SayAsync("上小学");
        await bot.SayAsync("门头沟");

        // Act
        var replies = await bot.SayAsync("明年");

        // Assert
        Assert.Contains("2011-08-31", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal("child.birthDate", BotHarness.QuestionOf(replies[^1]));
    }

    [Fact]
    public async Task Screening_DistrictHukouChild_EndsWithTheResultAndTheReport()
    {
        // Arrange
        var bot = new BotHarness();
        var answers = new Dictionary<string, string>
        {
            ["child.stage"] = "上小学一年级",
            ["child.hukou"] = "门头沟区",
            ["child.birthDate"] = "2011年8月31日",
        };

        // Act
        var last = await bot.AnswerUntilResultAsync("孩子今年上小学", answers, otherwise: "否");

        // Assert
        var report = (JObject)((JObject)last.ChannelData!)["policyRules"]!["report"]!;
        var local = report["programs"]!.First(p => p["id"]!.ToString() == "school-enrolment.primary.local");
        Assert.Equal("eligible", local["status"]!.ToString());
        Assert.Contains("✅ 符合", last.Text, StringComparison.Ordinal);
        Assert.Contains("门政办发〔2017〕26号 三(一)1", last.Text, StringComparison.Ordinal);
        Assert.Contains("最终以办理部门审核为准", last.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screening_NonBeijingFamily_ListsEveryDocumentAtOnce()
    {
        // Arrange
        var bot = new BotHarness();
        var answers = Families.NonBeijing;

        // Act
        var last = await bot.AnswerUntilResultAsync("五证", answers, otherwise: "是", except: ["child.attendedGradeOneAtHome", "child.boarding", "family.introducedTalent"]);

        // Assert
        var report = (JObject)((JObject)last.ChannelData!)["policyRules"]!["report"]!;
        var program = report["programs"]!.First(p => p["id"]!.ToString() == "school-enrolment.primary.non-beijing");
        Assert.Equal("eligible", program["status"]!.ToString());
        Assert.True(program["documents"]!.Count() >= 10);
        Assert.Contains("房主身份证", last.Text, StringComparison.Ordinal);
        Assert.Contains("5月16日至5月31日", last.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Why_DuringAQuestion_ExplainsAndCitesTheClauses()
    {
        // Arrange
        var bot = new BotHarness();
        await bot.SayAsync("孩子今年上小学");
        await bot.SayAsync("上小学");
        await bot.SayAsync("门头沟");

        // Act
        var replies = await bot.SayAsync("为什么问这个");

        // Assert
        Assert.Equal(2, replies.Count);
        Assert.Contains("为什么问这个", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("门政办发〔2017〕26号 三(一)1", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal("child.birthDate", BotHarness.QuestionOf(replies[1]));
    }

    [Fact]
    public async Task Summary_DuringAQuestion_ListsTheAnswersByLabelThenAsksTheQuestionAgainWithItsButtons()
    {
        // Arrange
        var bot = new BotHarness();
        await bot.SayAsync("孩子今年上小学");
        await bot.SayAsync("上小学");

        // Act
        var replies = await bot.SayAsync("我的回答");

        // Assert
        Assert.Equal(2, replies.Count);
        Assert.Contains("1. 入学阶段：上小学一年级", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal("child.hukou", BotHarness.QuestionOf(replies[1]));
        Assert.Contains(replies[1].SuggestedActions!.Actions!, a => a.Title == "本区（门头沟区）户籍");
    }

    [Fact]
    public async Task Change_AnEarlierAnswer_AsksItAgainAndKeepsTheOthers()
    {
        // Arrange
        var bot = new BotHarness();
        await bot.SayAsync("孩子今年上小学");
        await bot.SayAsync("上小学");
        await bot.SayAsync("门头沟");

        // Act
        var listing = Assert.Single(await bot.SayAsync("改一下"));
        var button = Assert.Single(listing.SuggestedActions!.Actions!, a => a.Title == "孩子户籍");
        var replies = await bot.SayAsync(button.Value!.ToString()!);
        var summary = (await bot.SayAsync("我的回答"))[0];

        // Assert
        Assert.Equal(["入学阶段", "孩子户籍"], listing.SuggestedActions.Actions!.Select(a => a.Title));
        Assert.Equal("child.hukou", BotHarness.QuestionOf(replies[^1]));
        Assert.Contains("上小学一年级", summary.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("门头沟", summary.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("改 2")]
    [InlineData("改：户籍")]
    [InlineData("修改: 孩子户籍")]
    public async Task Change_ByNumberOrByAWordOfTheLabel_AsksThatQuestionAgain(string text)
    {
        // Arrange
        var bot = new BotHarness();
        await bot.SayAsync("孩子今年上小学");
        await bot.SayAsync("上小学");
        await bot.SayAsync("门头沟");

        // Act
        var replies = await bot.SayAsync(text);

        // Assert
        Assert.Equal("child.hukou", BotHarness.QuestionOf(replies[^1]));
    }

    [Fact]
    public async Task Restart_ClearsTheAnswersAndShowsTheMenu()
    {
        // Arrange
        var bot = new BotHarness();
        await bot.SayAsync("孩子今年上小学");
        await bot.SayAsync("上小学");

        // Act
        var replies = await bot.SayAsync("重新开始");
        var summary = Assert.Single(await bot.SayAsync("我的回答"));

        // Assert
        Assert.Contains("已清除", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("还没有回答", summary.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_MidInterview_RepeatsTheOpenQuestionInEnglish()
    {
        // Arrange
        var bot = new BotHarness();
        await bot.SayAsync("孩子今年上小学");

        // Act
        var replies = await bot.SayAsync("English");

        // Assert
        Assert.Equal("child.stage", BotHarness.QuestionOf(replies[^1]));
        Assert.StartsWith("Question 1", replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Print_AfterAnswers_SendsTheAnswersAndResultAsAMarkdownDocument()
    {
        // Arrange
        var bot = new BotHarness();
        await bot.SayAsync("孩子今年上小学");
        await bot.SayAsync("上小学");
        await bot.SayAsync("门头沟");

        // Act
        var reply = Assert.Single(await bot.SayAsync("打印"));

        // Assert
        var attachment = Assert.Single(reply.Attachments!);
        Assert.Equal("text/markdown", attachment.ContentType);
        var document = attachment.Content!.ToString()!;
        Assert.Contains("本区（门头沟区）户籍", document, StringComparison.Ordinal);
        Assert.Contains("最终以办理部门审核为准", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_GivesTheOfficesAndPhonesFromThePolicy()
    {
        // Arrange
        var bot = new BotHarness();
        await bot.SayAsync("孩子今年上小学");

        // Act
        var reply = Assert.Single(await bot.SayAsync("转人工"));

        // Assert
        Assert.Contains("区考试中心小招办公室 69840444", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Questions_NeverAskForNamesOrIdNumbers()
    {
        // Arrange
        var bot = new BotHarness();

        // Act
        var asked = new List<string>();
        var replies = await bot.SayAsync("孩子今年上小学");
        for (var turn = 0; turn < 60 && BotHarness.QuestionOf(replies[^1]) is { } question; turn++)
        {
            asked.Add(replies[^1].Text!);
            replies = await bot.SayAsync("不知道");
        }

        // Assert
        Assert.NotEmpty(asked);
        string[] personalData = ["身份证号", "叫什么名字", "您的姓名", "孩子的姓名", "电话号码", "住址是"];
        Assert.DoesNotContain(asked, q => personalData.Any(p => q.Contains(p, StringComparison.Ordinal)));
    }
}
