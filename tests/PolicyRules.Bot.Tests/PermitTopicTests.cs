namespace PolicyRules.Bot.Tests;

/// <summary>“Is permit X still required?” in the conversation, answered from 门政发〔2017〕19号.</summary>
public sealed class PermitTopicTests
{
    [Fact]
    public async Task FirstMessage_AsksWhetherAPermitIsStillRequired_AnswersWithTheChangeOfficeAndBasis()
    {
        // Arrange
        var bot = new BotHarness();

        // Act
        var replies = await bot.SayAsync("举办体育竞赛活动审批还需要办吗？");

        // Assert
        var answer = Assert.Single(replies).Text!.Split('\n');
        Assert.Equal("举办体育竞赛活动审批（门政发〔2017〕19号附件第24项；实施机关：体育局；行政许可）", answer[0]);
        Assert.Equal("已调整为政府内部审批事项，不再面向公民、法人和其他社会组织审批。", answer[1]);
        Assert.Contains("设定依据：《北京市体育竞赛管理办法》", answer);
        Assert.Contains("依据：门政发〔2017〕19号 附件[24]", answer);
    }

    [Fact]
    public async Task Message_InEnglish_AnswersInEnglish()
    {
        // Arrange
        var bot = new BotHarness("en");

        // Act
        var replies = await bot.SayAsync("Is the property management company qualification approval still required?");

        // Assert
        var answer = replies[0].Text!;
        Assert.StartsWith("Approval of property-management company qualifications (item 26 of 门政发〔2017〕19号's annex;", answer, StringComparison.Ordinal);
        Assert.Contains("Cancelled: it is no longer required.", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_DuringAnInterview_AnswersAndKeepsTheQuestionOpen()
    {
        // Arrange
        var bot = new BotHarness();
        var asked = BotHarness.QuestionOf((await bot.SayAsync("孩子今年上小学"))[^1]);

        // Act
        var replies = await bot.SayAsync("物业资质审批还要办吗");
        var next = await bot.SayAsync("上小学一年级");

        // Assert: the answer, then the interview goes on from the question it had asked
        Assert.StartsWith("物业服务企业资质审批（", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal("child.stage", asked);
        Assert.NotEqual("child.stage", BotHarness.QuestionOf(next[^1]));
    }

    [Fact]
    public async Task FirstMessage_APermitTheNoticeDoesNotList_SaysItIsNotAmongTheItems()
    {
        // Arrange
        var bot = new BotHarness();

        // Act
        var replies = await bot.SayAsync("开饭店的卫生许可还需要办吗");

        // Assert
        Assert.StartsWith("门政发〔2017〕19号取消调整的34项行政职权中没有找到您说的事项", Assert.Single(replies).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_AskingNothingAboutAPermit_GoesToTheTopics()
    {
        // Arrange
        var bot = new BotHarness();

        // Act: 还要 without a permit named is no permit question
        var replies = await bot.SayAsync("孩子上小学还要准备什么");

        // Assert
        Assert.Equal("child.stage", BotHarness.QuestionOf(replies[^1]));
    }
}
