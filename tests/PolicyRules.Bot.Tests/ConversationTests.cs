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
        var replies = await bot.SayAsync("想问孩子上学的事");

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
    [InlineData("我们外地户口，孩子今年上一年级", "入学阶段：上小学一年级", "孩子户籍：非本市户籍（外省市）")]
    [InlineData("孩子小学毕业了，上初中，门头沟户口", "入学阶段：小学毕业升初中", "孩子户籍：本区（门头沟区）户籍")]
    [InlineData("还没落户口，想问孩子上学", "孩子户籍：京籍无户口", null)]
    public async Task FirstMessage_StatingFacts_ConfirmsThemAndNeverAsksThem(string opening, string firstNoted, string? secondNoted)
    {
        // Arrange
        var bot = new BotHarness();

        // Act
        var replies = await bot.SayAsync(opening);

        // Assert
        var noted = Assert.Single(replies, r => r.Text!.Contains("我从您的话里记下了", StringComparison.Ordinal)).Text!;
        Assert.Contains(firstNoted, noted, StringComparison.Ordinal);
        Assert.True(secondNoted is null || noted.Contains(secondNoted, StringComparison.Ordinal), noted);
        var asked = BotHarness.QuestionOf(replies[^1]);
        Assert.NotEqual("child.stage", secondNoted is null ? null : asked);
        Assert.NotEqual("child.hukou", asked);
    }

    [Theory]
    [InlineData("不是外地户口，想问孩子上学的事")]
    [InlineData("孩子还在上小学，明年升初中")]
    [InlineData("我们住在门头沟，想问孩子上学的事")]
    public async Task FirstMessage_NegatedAmbiguousOrOnlyNearAFact_NotesNothingAndAsksAsUsual(string opening)
    {
        // Arrange
        var bot = new BotHarness();

        // Act
        var replies = await bot.SayAsync(opening);

        // Assert
        Assert.DoesNotContain(replies, r => r.Text!.Contains("我从您的话里记下了", StringComparison.Ordinal));
        Assert.Equal("child.stage", BotHarness.QuestionOf(replies[^1]));
    }

    [Fact]
    public async Task Answer_StatingAnotherFactBesideIt_TakesBothAndSkipsTheSecondQuestion()
    {
        // Arrange
        var bot = new BotHarness();
        await bot.SayAsync("想问孩子上学的事");

        // Act
        var replies = await bot.SayAsync("上一年级，我们是外地户口");

        // Assert
        Assert.Contains(replies, r => r.Text!.Contains("孩子户籍：非本市户籍（外省市）", StringComparison.Ordinal));
        Assert.Equal("child.treatedAsBeijingBasis", BotHarness.QuestionOf(replies[^1]));
        Assert.Contains("第3题", replies[^1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("都没有", "eligible", null)]
    [InlineData("有其中一项", null, "gathered")]
    public async Task SpecialCircumstances_OneQuestionForFive_NoSettlesThemYesAsksEach(string reply, string? localStatus, string? thenAsked)
    {
        // Arrange: a Mentougou child, born in time; the rarely applying questions come last, gathered in one
        var bot = new BotHarness();
        await bot.SayAsync("想问孩子上学的事");
        await bot.SayAsync("上小学一年级");
        await bot.SayAsync("门头沟区");
        var gathering = await bot.SayAsync("2011年8月31日");
        Assert.Equal("child.specialCircumstances", BotHarness.QuestionOf(gathering[^1]));

        // Act
        var replies = await bot.SayAsync(reply);

        // Assert
        var last = replies[^1];
        if (thenAsked is not null)
        {
            Assert.Contains(BotHarness.QuestionOf(last), new[] { "child.disability", "child.boarding", "child.specialtyApplicant", "child.preferenceStatus", "family.introducedTalent" });
            return;
        }

        var report = (JObject)((JObject)last.ChannelData!)["policyRules"]!["report"]!;
        Assert.Equal(localStatus, report["programs"]!.First(p => p["id"]!.ToString() == "school-enrolment.primary.local")["status"]!.ToString());
        Assert.Contains("特殊情况：否", string.Join("\n", (await bot.SayAsync("我的回答")).Select(r => r.Text)), StringComparison.Ordinal);
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
    [InlineData("义务兵退伍，想咨询就业创业补贴（西城区）", "zh-CN")]
    [InlineData("我是退役士兵，想咨询创业贷款", "zh-CN")]
    [InlineData("I left the army and want to ask about a start-up loan", "en")]
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
        await bot.SayAsync("想问孩子上学的事");
        await bot.SayAsync("上小学");
        await bot.SayAsync("门头沟");

        // Act
        var replies = await bot.SayAsync("明年");

        // Assert
        Assert.Contains("2011-08-31", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal("child.birthDate", BotHarness.QuestionOf(replies[^1]));
    }

    [Theory]
    [InlineData("1900年1月1日", "1900-01-01 不合常理：“孩子出生日期”应在 1999-")]
    [InlineData("2017年2月30日", "没有2017年2月30日这一天")]
    public async Task Answer_ImplausibleOrImpossibleBirthDate_ReAsksAndKeepsEveryOtherAnswer(string answer, string said)
    {
        // Arrange
        var bot = new BotHarness();
        await bot.SayAsync("想问孩子上学的事");
        await bot.SayAsync("上小学");
        await bot.SayAsync("门头沟");

        // Act
        var replies = await bot.SayAsync(answer);
        var summary = await bot.SayAsync("我的回答");

        // Assert
        Assert.Contains(said, replies[0].Text, StringComparison.Ordinal);
        Assert.Equal("child.birthDate", BotHarness.QuestionOf(replies[^1]));
        Assert.Contains("入学阶段：上小学一年级", summary[0].Text, StringComparison.Ordinal);
        Assert.Contains("孩子户籍", summary[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("孩子出生日期", summary[0].Text, StringComparison.Ordinal);
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
        var last = await bot.AnswerUntilResultAsync("想问孩子上学的事", answers, otherwise: "否");

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
        await bot.SayAsync("想问孩子上学的事");
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
        await bot.SayAsync("想问孩子上学的事");
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
        await bot.SayAsync("想问孩子上学的事");
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
        await bot.SayAsync("想问孩子上学的事");
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
        await bot.SayAsync("想问孩子上学的事");
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
        await bot.SayAsync("想问孩子上学的事");

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
        await bot.SayAsync("想问孩子上学的事");
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
        await bot.SayAsync("想问孩子上学的事");

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
        var replies = await bot.SayAsync("想问孩子上学的事");
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
