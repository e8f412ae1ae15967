using PolicyRules.Screening.Text;

namespace PolicyRules.Bot.Conversation.Commands;

/// <summary>The person's answers, numbered, each after its question: what 我的回答, 改一下 and 打印 show.</summary>
internal sealed class AnswerList(ConversationServices services)
{
    public string Lines(InterviewState state)
    {
        var date = services.DateFor(state);
        var answers = services.Read(state);
        return string.Join("\n", state.Answers.Select((stored, i) =>
        {
            var question = services.Variables[stored.Variable].Question(state.Locale, date);
            return $"{i + 1}. {question} {AnswerFormatter.Format(answers[stored.Variable], state.Locale)}";
        }));
    }
}
