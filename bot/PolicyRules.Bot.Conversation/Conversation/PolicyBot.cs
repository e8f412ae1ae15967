using Newtonsoft.Json.Linq;
using PolicyRules.Bot.Builder;
using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Bot.Builder.State;
using PolicyRules.Bot.Resources;
using PolicyRules.Localization;
using PolicyRules.Screening;
using PolicyRules.Screening.Interview;
using PolicyRules.Screening.Recognizers;
using PolicyRules.Screening.Reports;
using PolicyRules.Screening.Catalog;
using PolicyRules.Screening.Text;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Bot.Conversation;

/// <summary>
/// The conversation: routes the first message to a policy area, then asks only the questions the
/// engine says can still change a result, understands free-text answers, and answers with the
/// report — at any point the person can ask why, change an answer, see a summary, restart, delete
/// their data, switch language or ask for staff. State is one <see cref="InterviewState"/> per conversation.
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

    private readonly ConversationState _conversationState;
    private readonly IStatePropertyAccessor<InterviewState> _state;
    private readonly IPolicyCatalog _catalog;
    private readonly VariableRegistry _variables;
    private readonly TopicRouter _topics;
    private readonly InterviewPlanner _planner;
    private readonly AnswerStore _answers;
    private readonly TimeProvider _time;

    public PolicyBot(ConversationState conversationState, IEligibilityService service, IPolicyCatalog catalog, TimeProvider time)
    {
        _conversationState = conversationState;
        _state = conversationState.CreateProperty<InterviewState>(nameof(InterviewState));
        _catalog = catalog;
        _variables = catalog.Variables;
        _topics = new TopicRouter(catalog);
        _planner = new InterviewPlanner(service, _variables);
        _answers = new AnswerStore(_variables);
        _time = time;
    }

    protected override async Task OnMembersAddedAsync(
        IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var locale = LocaleOf((turnContext.Activity as Activity)?.Locale);
        await turnContext.SendActivityAsync(MessageFactory.Text(Strings.Welcome.In(locale)), cancellationToken);
        await SendMenuAsync(turnContext, locale, Strings.Menu, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var state = await LoadStateAsync(turnContext, cancellationToken);
        var text = turnContext.Activity.Text?.Trim() ?? string.Empty;
        var command = Command.Parse(text);
        if (command.Kind != CommandKind.None)
        {
            await HandleCommandAsync(turnContext, state, command, cancellationToken);
        }
        else if (state.Area is null)
        {
            await RouteAsync(turnContext, state, text, cancellationToken);
        }
        else if (state.PendingQuestion is not null)
        {
            await TakeAnswerAsync(turnContext, state, text, cancellationToken);
        }
        else
        {
            await AskNextAsync(turnContext, state, cancellationToken);
        }

        // After 删除我的数据 the state is deleted for the rest of the turn (BotState.DeleteAsync), so this does not bring it back.
        await _state.SetAsync(turnContext, state, cancellationToken);
    }

    /// <summary>The page's language switch does what saying English or 中文 does; other events are ignored.</summary>
    protected override async Task OnEventActivityAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Name != SetLanguageEvent || activity.Value?.ToString() is not { Length: > 0 } locale)
        {
            return;
        }

        var state = await LoadStateAsync(turnContext, cancellationToken);
        await HandleCommandAsync(turnContext, state, Command.SwitchTo(locale), cancellationToken);
        await _state.SetAsync(turnContext, state, cancellationToken);
    }

    private async Task<InterviewState> LoadStateAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        await _state.GetAsync(turnContext, () => new InterviewState { Locale = LocaleOf((turnContext.Activity as Activity)?.Locale) }, cancellationToken)
            ?? new InterviewState();

    private async Task RouteAsync(ITurnContext turnContext, InterviewState state, string text, CancellationToken cancellationToken)
    {
        var topic = _topics.Route(text);
        if (topic?.Area is null)
        {
            await SendMenuAsync(turnContext, state.Locale, topic is null ? Strings.NotUnderstoodTopic : Strings.NotCovered, cancellationToken);
            return;
        }

        state.Area = topic.Area;
        if (!state.PrivacyNoticeShown)
        {
            state.PrivacyNoticeShown = true;
            await turnContext.SendActivityAsync(MessageFactory.Text($"{Strings.PrivacyNotice.In(state.Locale)}\n{Strings.Commands.In(state.Locale)}"), cancellationToken);
        }

        var date = DateFor(state);
        if (date != Today)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(string.Format(
                System.Globalization.CultureInfo.InvariantCulture, Strings.PolicyDate.In(state.Locale), (topic.Policy ?? topic.Title).In(state.Locale),
                TextRenderer.FormatDate(date, state.Locale), TextRenderer.FormatDate(date, state.Locale))), cancellationToken);
        }

        await AskNextAsync(turnContext, state, cancellationToken);
    }

    private async Task TakeAnswerAsync(ITurnContext turnContext, InterviewState state, string text, CancellationToken cancellationToken)
    {
        var variable = _variables[state.PendingQuestion!];
        var recognition = AnswerRecognizer.Recognize(variable, text, state.Locale, DateFor(state));
        var answer = recognition.ToAnswer(variable);
        if (answer is null)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(recognition.ReAsk(state.Locale)), cancellationToken);
            await AskNextAsync(turnContext, state, cancellationToken);
            return;
        }

        state.Answers.RemoveAll(a => a.Variable == variable.Id);
        state.Answers.Add(AnswerStore.Store(answer));
        state.PendingQuestion = null;
        await AskNextAsync(turnContext, state, cancellationToken);
    }

    private async Task AskNextAsync(ITurnContext turnContext, InterviewState state, CancellationToken cancellationToken)
    {
        var step = Plan(state);
        if (step.IsComplete)
        {
            state.PendingQuestion = null;
            await turnContext.SendActivityAsync(ResultCard.Build(step.Report, state.Locale), cancellationToken);
            return;
        }

        state.PendingQuestion = step.Question!.Id;
        await turnContext.SendActivityAsync(QuestionActivity(step, state), cancellationToken);
    }

    private InterviewStep Plan(InterviewState state)
    {
        var date = DateFor(state);
        return _planner.Next(date, state.Locale, _answers.Read(state, date), ProgramsOf(state.Area!));
    }

    private Activity QuestionActivity(InterviewStep step, InterviewState state)
    {
        var variable = step.Question!;
        var locale = state.Locale;
        var question = variable.Question(locale, DateFor(state));
        var prefix = string.Format(System.Globalization.CultureInfo.InvariantCulture, Strings.QuestionPrefix.In(locale), step.Asked + 1, step.RemainingEstimate);
        var buttons = Buttons(variable, locale);
        var activity = buttons.Count > 0
            ? MessageFactory.SuggestedActions(buttons, prefix + question)
            : MessageFactory.Text(prefix + question);
        activity.Locale = locale;
        activity.ChannelData = new JObject
        {
            ["policyRules"] = new JObject
            {
                ["question"] = variable.Id,
                ["type"] = variable.TypeName,
                ["choices"] = variable.Kind == VariableKind.Choice
                    ? new JArray(variable.Choices.Select(c => new JObject { ["value"] = c.Value, ["label"] = c.Label.In(locale) }))
                    : null,
                ["programs"] = new JArray(step.Programs),
                ["progress"] = new JObject { ["asked"] = step.Asked, ["remainingEstimate"] = step.RemainingEstimate },
            },
        };
        return activity;
    }

    private static List<string> Buttons(VariableDefinition variable, string locale) => variable.Kind switch
    {
        VariableKind.Bool => [Strings.Yes.In(locale), Strings.No.In(locale), Strings.DoNotKnow.In(locale)],
        VariableKind.Choice => [.. variable.Choices.Select(c => c.Label.In(locale)), Strings.DoNotKnow.In(locale)],
        _ => [],
    };

    private async Task HandleCommandAsync(ITurnContext turnContext, InterviewState state, Command command, CancellationToken cancellationToken)
    {
        switch (command.Kind)
        {
            case CommandKind.Restart:
                state.Area = null;
                state.Answers.Clear();
                state.PendingQuestion = null;
                await turnContext.SendActivityAsync(MessageFactory.Text(Strings.Restarted.In(state.Locale)), cancellationToken);
                await SendMenuAsync(turnContext, state.Locale, Strings.Menu, cancellationToken);
                return;
            case CommandKind.English or CommandKind.Chinese:
                state.Locale = command.Kind == CommandKind.English ? "en" : "zh-CN";
                await turnContext.SendActivityAsync(MessageFactory.Text(Strings.LanguageSwitched.In(state.Locale)), cancellationToken);
                await ContinueAsync(turnContext, state, cancellationToken);
                return;
            case CommandKind.Why:
                await turnContext.SendActivityAsync(MessageFactory.Text(WhyText(state)), cancellationToken);
                return;
            case CommandKind.Summary:
                await turnContext.SendActivityAsync(MessageFactory.Text(SummaryText(state)), cancellationToken);
                return;
            case CommandKind.Change:
                await ChangeAsync(turnContext, state, command.Number, cancellationToken);
                return;
            case CommandKind.Print:
                await PrintAsync(turnContext, state, cancellationToken);
                return;
            case CommandKind.Staff:
                await turnContext.SendActivityAsync(MessageFactory.Text(StaffText(state)), cancellationToken);
                return;
            case CommandKind.DeleteData:
                await DeleteDataAsync(turnContext, state.Locale, cancellationToken);
                return;
            default:
                await SendMenuAsync(turnContext, state.Locale, Strings.Menu, cancellationToken);
                await turnContext.SendActivityAsync(MessageFactory.Text(Strings.Commands.In(state.Locale)), cancellationToken);
                return;
        }
    }

    private async Task ContinueAsync(ITurnContext turnContext, InterviewState state, CancellationToken cancellationToken)
    {
        if (state.Area is null)
        {
            await SendMenuAsync(turnContext, state.Locale, Strings.Menu, cancellationToken);
        }
        else
        {
            await AskNextAsync(turnContext, state, cancellationToken);
        }
    }

    /// <summary>
    /// "改一下" lists the answers by number; "改 2" forgets the second, and the interview asks again
    /// whatever the rules now need — the changed answer, and only the answers that depend on it.
    /// </summary>
    private async Task ChangeAsync(ITurnContext turnContext, InterviewState state, int? number, CancellationToken cancellationToken)
    {
        if (state.Answers.Count == 0)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(Strings.NothingToChange.In(state.Locale)), cancellationToken);
            return;
        }

        if (number is null || number < 1 || number > state.Answers.Count)
        {
            var listing = $"{Strings.ChangeWhich.In(state.Locale)}\n{AnswerLines(state)}";
            var buttons = Enumerable.Range(1, state.Answers.Count).Select(i => Locales.IsEnglish(state.Locale) ? $"change {i}" : $"改 {i}");
            await turnContext.SendActivityAsync(MessageFactory.SuggestedActions(buttons, listing), cancellationToken);
            return;
        }

        var forgotten = state.Answers[number.Value - 1].Variable;
        state.Answers.RemoveAt(number.Value - 1);
        state.PendingQuestion = null;
        var step = Plan(state);
        if (step.Question?.Id != forgotten && state.Answers.Count > 0 && !step.IsComplete)
        {
            // The rules would ask something else first; ask the answer being changed now, as the person asked.
            state.PendingQuestion = forgotten;
            var variable = _variables[forgotten];
            await turnContext.SendActivityAsync(QuestionActivity(step with { Question = variable, Programs = variable.Programs }, state), cancellationToken);
            return;
        }

        await AskNextAsync(turnContext, state, cancellationToken);
    }

    /// <summary>
    /// Deletes everything stored for the conversation, confirms, and ends the conversation so that the host erases
    /// its transcript too. A later message starts a new interview.
    /// </summary>
    private async Task DeleteDataAsync(ITurnContext turnContext, string locale, CancellationToken cancellationToken)
    {
        await _conversationState.DeleteAsync(turnContext, cancellationToken);
        await turnContext.SendActivityAsync(MessageFactory.Text(Strings.DataDeleted.In(locale)), cancellationToken);
        await turnContext.SendActivityAsync(
            new Activity(ActivityTypes.EndOfConversation) { Code = EndOfConversationCodes.CompletedSuccessfully, Text = DataDeletedText },
            cancellationToken);
    }

    /// <summary>The result so far as a document to print or save, with the answers it rests on.</summary>
    private async Task PrintAsync(ITurnContext turnContext, InterviewState state, CancellationToken cancellationToken)
    {
        if (state.Area is null || state.Answers.Count == 0)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(Strings.NothingToChange.In(state.Locale)), cancellationToken);
            return;
        }

        var result = ResultCard.Build(Plan(state).Report, state.Locale);
        var document = $"# {Strings.PrintTitle.In(state.Locale)}\n\n{SummaryText(state)}\n\n{result.Text}\n";
        var attachment = new Attachment { ContentType = "text/markdown", Name = "policyrules-result.md", Content = document };
        await turnContext.SendActivityAsync(MessageFactory.Attachment(attachment, Strings.PrintReady.In(state.Locale)), cancellationToken);
    }

    private string WhyText(InterviewState state)
    {
        if (state.PendingQuestion is null)
        {
            return Strings.NothingPending.In(state.Locale);
        }

        var variable = _variables[state.PendingQuestion];
        var programs = _catalog.Programs(state.Locale).Where(p => variable.Programs.Contains(p.Id)).Select(p => p.Title);
        var clauses = _catalog.ClausesReading(variable.Id).Take(6);
        var separator = Locales.IsEnglish(state.Locale) ? "; " : "；";
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, Strings.WhyAsk.In(state.Locale),
                variable.Why(state.Locale, DateFor(state), state.Area))
            + "\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, Strings.WhyFeeds.In(state.Locale),
                string.Join(separator, programs), string.Join(separator, clauses));
    }

    private string SummaryText(InterviewState state) =>
        state.Answers.Count == 0
            ? Strings.NothingToChange.In(state.Locale)
            : $"{Strings.SummaryHeading.In(state.Locale)}\n{AnswerLines(state)}";

    private string AnswerLines(InterviewState state)
    {
        var answers = _answers.Read(state, DateFor(state));
        return string.Join("\n", state.Answers.Select((stored, i) =>
        {
            var variable = _variables[stored.Variable];
            var question = variable.Question(state.Locale, DateFor(state));
            return $"{i + 1}. {question} {AnswerFormatter.Format(answers[stored.Variable], state.Locale)}";
        }));
    }

    private string StaffText(InterviewState state)
    {
        var offices = _catalog.Offices(state.Area, state.Locale).Select(o => o.Phone is null ? o.Name : $"{o.Name} {o.Phone}");
        return $"{Strings.Staff.In(state.Locale)}\n{string.Join("\n", offices)}";
    }

    private async Task SendMenuAsync(ITurnContext turnContext, string locale, Text lead, CancellationToken cancellationToken)
    {
        var titles = _topics.Covered.Select(t => t.Title.In(locale)).ToArray();
        await turnContext.SendActivityAsync(MessageFactory.SuggestedActions(titles, $"{lead.In(locale)} {string.Join(Locales.IsEnglish(locale) ? ", " : "、", titles)}"), cancellationToken);
    }

    private DateOnly Today => DateOnly.FromDateTime(_time.GetLocalNow().DateTime);

    private DateOnly DateFor(InterviewState state) => state.Area is null ? Today : _catalog.DateFor(state.Area, Today);

    private IReadOnlyCollection<string> ProgramsOf(string area) => _catalog.Areas.Single(a => a.Id == area).Programs;

    private static string LocaleOf(string? locale) => Locales.Normalize(locale);
}
