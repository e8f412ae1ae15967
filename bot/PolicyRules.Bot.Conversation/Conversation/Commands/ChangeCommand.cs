using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Bot.Conversation.Cards;
using PolicyRules.Bot.Conversation.Interview;
using PolicyRules.Bot.Resources;
using PolicyRules.Localization;

namespace PolicyRules.Bot.Conversation.Commands;

/// <summary>
/// "改一下" lists the answers by number; "改 2" forgets the second, and the interview asks again
/// whatever the rules now need — the changed answer, and only the answers that depend on it.
/// </summary>
internal sealed class ChangeCommand(ConversationServices services, InterviewDialog interview, AnswerList answers) : IConversationCommand
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

        if (command.Number is not { } number || number < 1 || number > state.Answers.Count)
        {
            var listing = $"{Strings.ChangeWhich.In(turn.Locale)}\n{answers.Lines(state)}";
            var buttons = Enumerable.Range(1, state.Answers.Count).Select(i => Locales.IsEnglish(turn.Locale) ? $"change {i}" : $"改 {i}");
            await turn.SendAsync(MessageFactory.SuggestedActions(buttons, listing));
            return;
        }

        var forgotten = state.Answers[number - 1].Variable;
        state.Answers.RemoveAt(number - 1);
        state.PendingQuestion = null;
        var step = services.Plan(state);
        if (step.Question?.Id != forgotten && state.Answers.Count > 0 && !step.IsComplete)
        {
            // The rules would ask something else first; ask the answer being changed now, as the person asked.
            state.PendingQuestion = forgotten;
            var variable = services.Variables[forgotten];
            await turn.SendAsync(QuestionCard.Build(step with { Question = variable, Programs = variable.Programs }, turn.Locale, services.DateFor(state)));
            return;
        }

        await interview.AskNextAsync(turn);
    }
}
