using PolicyRules.Bot.Resources;

namespace PolicyRules.Bot.Conversation.Commands;

/// <summary>我的回答: the answers given so far.</summary>
internal sealed class SummaryCommand(AnswerList answers) : IConversationCommand
{
    public IReadOnlyCollection<CommandKind> Kinds => [CommandKind.Summary];

    public Task RunAsync(Turn turn, Command command) => turn.SayAsync(Text(turn.State, answers));

    public static string Text(InterviewState state, AnswerList answers) =>
        state.Answers.Count == 0
            ? Strings.NothingToChange.In(state.Locale)
            : $"{Strings.SummaryHeading.In(state.Locale)}\n{answers.Lines(state)}";
}
