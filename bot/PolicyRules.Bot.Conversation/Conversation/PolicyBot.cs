using PolicyRules.Bot.Builder;
using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Bot.Builder.State;
using PolicyRules.Bot.Conversation.Cards;
using PolicyRules.Bot.Conversation.Commands;
using PolicyRules.Bot.Conversation.Interview;
using PolicyRules.Bot.Conversation.Permits;
using PolicyRules.Bot.Resources;
using PolicyRules.Localization;
using PolicyRules.Screening;
using PolicyRules.Screening.Catalog;
using PolicyRules.Screening.Permits;

namespace PolicyRules.Bot.Conversation;

/// <summary>
/// The conversation's entry point: each turn loads the person's <see cref="InterviewState"/>, hands a
/// command (why, change, summary, print, restart, delete my data, language, staff, help) to its
/// component, a question whether a permit is still required to <see cref="PermitTopic"/>, or the
/// message to the interview, and saves the state once.
/// </summary>
public sealed class PolicyBot : ActivityHandler
{
    /// <summary>
    /// The text of the <c>endOfConversation</c> sent after 删除我的数据: the bot has deleted its state, and the host
    /// should erase the conversation's transcript.
    /// </summary>
    public const string DataDeletedText = "Data deleted at the user's request: erase this conversation's transcript.";

    /// <summary>The event the web page posts to switch language; its value is the locale, "zh-CN" or "en".</summary>
    public const string SetLanguageEvent = "policyrules/setLanguage";

    private readonly IStatePropertyAccessor<InterviewState> _state;
    private readonly ConversationServices _services;
    private readonly InterviewDialog _interview;
    private readonly Dictionary<CommandKind, IConversationCommand> _commands;
    private readonly PermitTopic _permits = new(PermitRegister.Default);

    public PolicyBot(ConversationState conversationState, IEligibilityService service, IPolicyCatalog catalog, TimeProvider time)
    {
        _state = conversationState.CreateProperty<InterviewState>(nameof(InterviewState));
        _services = new ConversationServices(service, catalog, time);
        _interview = new InterviewDialog(_services);
        var answers = new AnswerList(_services);
        IConversationCommand[] commands =
        [
            new RestartCommand(_services),
            new LanguageCommand(_interview),
            new WhyCommand(_services, _interview),
            new SummaryCommand(answers, _interview),
            new ChangeCommand(_interview, answers),
            new PrintCommand(_services, answers),
            new StaffCommand(_services),
            new DeleteDataCommand(conversationState),
            new HelpCommand(_services),
        ];
        _commands = commands.SelectMany(c => c.Kinds.Select(k => (Kind: k, Command: c))).ToDictionary(c => c.Kind, c => c.Command);
    }

    protected override async Task OnMembersAddedAsync(
        IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var locale = Locales.Normalize((turnContext.Activity as Activity)?.Locale);
        await turnContext.SendActivityAsync(MessageFactory.Text(Strings.Welcome.In(locale)), cancellationToken);
        await turnContext.SendActivityAsync(MenuCard.Build(_services.Topics, locale, Strings.Menu), cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var turn = new Turn(turnContext, await LoadStateAsync(turnContext, cancellationToken), cancellationToken);
        var text = turnContext.Activity.Text?.Trim() ?? string.Empty;
        var command = Command.Parse(text);
        if (command.Kind != CommandKind.None)
        {
            await _commands[command.Kind].RunAsync(turn, command);
        }
        else if (_permits.Answer(text, turn.State) is { } permit)
        {
            await turn.SayAsync(permit);
        }
        else if (turn.State.Area is null)
        {
            await _interview.RouteAsync(turn, text);
        }
        else if (turn.State.PendingQuestion is not null)
        {
            await _interview.TakeAnswerAsync(turn, text);
        }
        else
        {
            await _interview.ContinueWithAsync(turn, text);
        }

        // After 删除我的数据 the state is deleted for the rest of the turn (BotState.DeleteAsync), so this does not bring it back.
        await _state.SetAsync(turnContext, turn.State, cancellationToken);
    }

    /// <summary>The page's language switch does what saying English or 中文 does; other events are ignored.</summary>
    protected override async Task OnEventActivityAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Name != SetLanguageEvent || activity.Value?.ToString() is not { Length: > 0 } locale)
        {
            return;
        }

        var turn = new Turn(turnContext, await LoadStateAsync(turnContext, cancellationToken), cancellationToken);
        var command = Command.SwitchTo(locale);
        await _commands[command.Kind].RunAsync(turn, command);
        await _state.SetAsync(turnContext, turn.State, cancellationToken);
    }

    private async Task<InterviewState> LoadStateAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        await _state.GetAsync(turnContext, () => new InterviewState { Locale = Locales.Normalize((turnContext.Activity as Activity)?.Locale) }, cancellationToken)
            ?? new InterviewState();
}
