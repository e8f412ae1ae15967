using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Bot.Conversation.Interview;
using PolicyRules.Bot.Resources;

namespace PolicyRules.Bot.Conversation.Commands;

/// <summary>
/// "改一下" lists the answers with a button per question, by its short label; "改：孩子户籍" (or "改 2") forgets that
/// answer and asks it again at once; the interview then asks whatever the rules need — only the answers that depend on it.
/// </summary>
internal sealed class ChangeCommand(InterviewDialog interview, AnswerList answers) : IConversationCommand
{
    public IReadOnlyCollection<CommandKind> Kinds => [CommandKind.Change];

    public async Task RunAsync(Turn turn, Command command)
    {
        var state = turn.State;
        if (state.Answers.Count == 0)
        {
            await turn.SayAsync(Strings.NothingToChange.In(turn.Locale));
            return;
        }

        if (answers.Find(state, command) is not { } index)
        {
            var listing = $"{Strings.ChangeWhich.In(turn.Locale)}\n{answers.Lines(state)}";
            var buttons = state.Answers.Select(a => answers.Label(state, a.Variable))
                .Select(label => new CardAction(ActionTypes.ImBack, label, value: Command.ChangeTo(label, turn.Locale)));
            await turn.SendAsync(MessageFactory.SuggestedActions(buttons, listing));
            return;
        }

        var forgotten = state.Answers[index].Variable;
        state.Answers.RemoveAt(index);
        await interview.AskAsync(turn, forgotten);
    }
}
