using Moq;
using PolicyRules.Bot.Builder.State;
using PolicyRules.Bot.Builder.Testing;
using PolicyRules.Bot.Conversation;
using PolicyRules.Engine.Evaluation;
using PolicyRules.Localization;
using PolicyRules.Screening;
using PolicyRules.Screening.Catalog;
using PolicyRules.Screening.Reports;

namespace PolicyRules.Bot.Tests;

/// <summary>
/// The conversation with the policy taken out: the screening service and the catalogue are mocked (one
/// made-up area, its program and the date it is evaluated at), so these tests are about what the bot
/// does with a report (core-bot style), not about the rules. Only the variables' questions are real.
/// </summary>
public sealed class PolicyBotWithMockedServiceTests
{
    private const string Program = "school-enrolment.primary.local";

    [Fact]
    public async Task Conversation_ServiceMissingOneInput_AsksExactlyThatThenShowsTheResult()
    {
        // Arrange
        var service = new Mock<IEligibilityService>();
        service.Setup(s => s.Evaluate(It.Is<EvaluationRequest>(r => !r.Answers.ContainsKey("child.birthDate"))))
            .Returns(Report(ProgramStatus.Undetermined, missing: ["child.birthDate"]));
        service.Setup(s => s.Evaluate(It.Is<EvaluationRequest>(r => r.Answers.ContainsKey("child.birthDate"))))
            .Returns(Report(ProgramStatus.Eligible, missing: []));
        var flow = Flow(service.Object);

        // Act / Assert
        await flow
            .Send("想问孩子上学的事")
            .AssertReplyContains("隐私提示")
            .AssertReplyContains("2017年4月28日")
            .AssertReply(a => Assert.Equal("child.birthDate", BotHarness.QuestionOf((Builder.Schema.Activity)a)))
            .Send("2011年8月31日")
            .AssertReplyContains("✅ 符合：测试项目")
            .StartTestAsync();
        service.Verify(s => s.Evaluate(It.Is<EvaluationRequest>(r =>
            r.Answers.ContainsKey("child.birthDate") && r.Answers["child.birthDate"].Value!.Equals(new DateOnly(2011, 8, 31)))), Times.AtLeastOnce);
    }

    [Fact]
    public async Task Conversation_PersonDoesNotKnow_RecordedAsUncertainNeverGuessed()
    {
        // Arrange
        var service = new Mock<IEligibilityService>();
        service.Setup(s => s.Evaluate(It.IsAny<EvaluationRequest>())).Returns(Report(ProgramStatus.Undetermined, missing: ["child.birthDate"]));
        var flow = Flow(service.Object);

        // Act
        await flow
            .Send("想问孩子上学的事")
            .AssertReplyContains("隐私提示")
            .AssertReplyContains("2017年4月28日")
            .AssertReplyContains("出生日期")
            .Send("不记得是哪年了")
            .AssertReplyContains("❓ 尚不能确定")
            .StartTestAsync();

        // Assert: "don't know" is recorded as uncertain, never as a made-up date
        service.Verify(s => s.Evaluate(It.Is<EvaluationRequest>(r => r.Answers.ContainsKey("child.birthDate")
            && r.Answers["child.birthDate"].State != InputState.Uncertain)), Times.Never);
        service.Verify(s => s.Evaluate(It.Is<EvaluationRequest>(r => r.Answers.ContainsKey("child.birthDate"))), Times.AtLeastOnce);
    }

    private static TestFlow Flow(IEligibilityService service)
    {
        var conversationState = new ConversationState(new MemoryStorage());
        var conversation = TestAdapter.CreateConversation();
        conversation.Locale = "zh-CN";
        var adapter = new TestAdapter(conversation).Use(new AutoSaveStateMiddleware(conversationState));
        var catalog = new Mock<IPolicyCatalog>();
        catalog.Setup(c => c.Areas).Returns([new AreaSummary(
            "test-area", Localized("测试入学", "Test enrolment"), Localized("测试政策", "Test policy"), ["上学"], [Program])]);
        catalog.Setup(c => c.Variables).Returns(ScreeningServices.Default.Variables);
        catalog.Setup(c => c.DateFor("test-area", It.IsAny<DateOnly>())).Returns(new DateOnly(2017, 4, 28));
        return new TestFlow(adapter, new PolicyBot(conversationState, service, catalog.Object, TimeProvider.System));
    }

    private static Localized Localized(string zh, string en) => new() { ZhCn = zh, En = en };

    private static Report Report(string status, IReadOnlyList<string> missing) => new(
        "2017-04-28",
        "zh-CN",
        "test",
        [new ProgramReport(Program, "测试项目", status, [], [], [], null, [new ReasonReport("测试理由", new CitationReport("门政办发〔2017〕26号", "三(一)1"))], missing, [])
        {
            Applies = true,
        }]);
}
