using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Bot.Conversation.Cards;
using PolicyRules.Bot.Resources;

namespace PolicyRules.Bot.Conversation.Commands;

/// <summary>打印: the result so far as a document to print or save, with the answers it rests on.</summary>
internal sealed class PrintCommand(ConversationServices services, AnswerList answers) : IConversationCommand
{
    public IReadOnlyCollection<CommandKind> Kinds => [CommandKind.Print];

    public async Task RunAsync(Turn turn, Command command)
    {
        var state = turn.State;
        if (state.Area is null || state.Answers.Count == 0)
        {
            await turn.SayAsync(Strings.NothingToChange.In(turn.Locale));
            return;
        }

        var result = ResultCard.Build(services.Plan(state).Report, turn.Locale);
        var document = $"# {Strings.PrintTitle.In(turn.Locale)}\n\n{SummaryCommand.Text(state, answers)}\n\n{result.Text}\n";
        var attachment = new Attachment { ContentType = "text/markdown", Name = "policyrules-result.md", Content = document };
        await turn.SendAsync(MessageFactory.Attachment(attachment, Strings.PrintReady.In(turn.Locale)));
    }
}
