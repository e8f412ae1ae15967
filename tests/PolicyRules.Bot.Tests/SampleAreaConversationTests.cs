using PolicyRules.Bot.Builder.State;
using PolicyRules.Bot.Builder.Testing;
using PolicyRules.Bot.Conversation;
using PolicyRules.SampleArea.ChildcareAllowance;
using PolicyRules.Screening;

namespace PolicyRules.Bot.Tests;

/// <summary>
/// The conversation over a throw-away area from another assembly: its title is a topic of the menu,
/// its words route to it, the interview asks its own and the shared question, then the amount's input,
/// and the card gives the amounts (one as a formula, its figure not set).
/// </summary>
public sealed class SampleAreaConversationTests
{
    private static readonly ScreeningServices Services = ScreeningServices.Create(typeof(ChildcareParameters).Assembly);

    [Fact]
    public async Task Conversation_SampleArea_IsATopicAskedAndAnsweredWithItsAmounts()
    {
        // Arrange
        var flow = Flow();

        // Act / Assert
        await flow
            .Send("你好")
            .AssertReplyContains("托育补贴（样例）")
            .Send("托育补贴（样例）")
            .AssertReplyContains("隐私提示")
            .AssertReply(a => Assert.Equal("childcare.inCare", BotHarness.QuestionOf((Builder.Schema.Activity)a)))
            .Send("是")
            .AssertReply(a => Assert.Equal("child.birthDate", BotHarness.QuestionOf((Builder.Schema.Activity)a)))
            .Send("2024年3月1日")
            .AssertReply(a => Assert.Equal("childcare.monthsInCare", BotHarness.QuestionOf((Builder.Schema.Activity)a)))
            .Send("10个月")
            .AssertReply(a =>
            {
                var text = ((Builder.Schema.Activity)a).Text!;
                Assert.Contains("✅ 符合：托育补贴", text, StringComparison.Ordinal);
                Assert.Contains("托育补贴：5,000元（合计），最长3年（样例文〔2026〕1号 一）", text, StringComparison.Ordinal);
                Assert.Contains("区补贴：［区补贴标准（尚未设定）］/月", text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    private static TestFlow Flow()
    {
        var conversationState = new ConversationState(new MemoryStorage());
        var conversation = TestAdapter.CreateConversation();
        conversation.Locale = "zh-CN";
        var adapter = new TestAdapter(conversation).Use(new AutoSaveStateMiddleware(conversationState));
        return new TestFlow(adapter, new PolicyBot(conversationState, Services.Eligibility, Services.Catalog, TimeProvider.System));
    }
}
