using PolicyRules.Bot.Conversation.Interview;
using PolicyRules.Bot.Resources;

namespace PolicyRules.Bot.Conversation.Commands;

/// <summary>我的回答: the answers given so far, then the question still waiting, if any.</summary>
internal sealed class SummaryCommand(AnswerList answers, InterviewDialog interview) : IConversationCommand
{
    public IReadOnlyCollection<CommandKind> Kinds => [CommandKind.Summary];

    public async Task RunAsync(Turn turn, Command command)
    {
        await turn.SayAsync(Text(turn.State, answers));
        await interview.RepeatPendingAsync(turn);
    }

    public static string Text(InterviewState state, AnswerList answers) =>
        state.Answers.Count == 0
            ? Strings.NothingToChange.In(state.Locale)
            : $"{Strings.SummaryHeading.In(state.Locale)}\n{answers.Lines(state)}";
}
