using System.Globalization;
using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Bot.Conversation.Cards;
using PolicyRules.Bot.Resources;
using PolicyRules.Localization;
using PolicyRules.Screening.Recognizers;
using PolicyRules.Screening.Text;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Bot.Conversation.Interview;

/// <summary>
/// The interview: the first message chooses the policy area, then each answer is understood and the
/// next question is the one the engine says matters most, until the result card.
/// </summary>
internal sealed class InterviewDialog(ConversationServices services)
{
    public async Task RouteAsync(Turn turn, string text)
    {
        var topics = services.Topics.Mentioned(text);
        var topic = topics.FirstOrDefault();
        if (topic?.Area is null)
        {
            await turn.SendAsync(MenuCard.Build(services.Topics, turn.Locale, topic is null ? Strings.NotUnderstoodTopic : Strings.NotCovered));
            return;
        }

        turn.State.MentionedAreas = [.. topics.Skip(1).Select(t => t.Area).OfType<string>()];
        await EnterAsync(turn, topic, text);
    }

    /// <summary>
    /// After an area's answer, a message naming another area (one of the buttons offered with the answer) carries the
    /// conversation on into it, keeping every answer already given; anything else shows the answer again.
    /// </summary>
    public async Task ContinueWithAsync(Turn turn, string text)
    {
        if (services.Topics.Route(text) is { Area: { } area } topic && area != turn.State.Area)
        {
            turn.State.ScreenedAreas.Add(turn.State.Area!);
            turn.State.MentionedAreas.Remove(area);
            await turn.SayAsync(string.Format(CultureInfo.InvariantCulture, Strings.NextArea.In(turn.Locale), topic.Title.In(turn.Locale)));
            await EnterAsync(turn, topic, text);
            return;
        }

        await AskNextAsync(turn);
    }

    private async Task EnterAsync(Turn turn, Topic topic, string text)
    {
        turn.State.Area = topic.Area;
        turn.State.RemainingShown = null;
        if (!turn.State.PrivacyNoticeShown)
        {
            turn.State.PrivacyNoticeShown = true;
            await turn.SayAsync($"{Strings.PrivacyNotice.In(turn.Locale)}\n{Strings.Commands.In(turn.Locale)}");
        }

        var date = services.DateFor(turn.State);
        if (date != services.Today)
        {
            var since = TextRenderer.FormatDate(date, turn.Locale);
            await turn.SayAsync(string.Format(CultureInfo.InvariantCulture, Strings.PolicyDate.In(turn.Locale), (topic.Policy ?? topic.Title).In(turn.Locale), since, since));
        }

        await NoteStatedFactsAsync(turn, text);
        await AskNextAsync(turn);
    }

    public async Task TakeAnswerAsync(Turn turn, string text)
    {
        var variable = services.Variables[turn.State.PendingQuestion!];
        var recognition = AnswerRecognizer.Recognize(variable, text, turn.Locale, services.DateFor(turn.State), services.Today);
        var named = GatheredAnswers.Named(variable, text);
        foreach (var circumstance in named)
        {
            Keep(turn.State, circumstance);
        }

        var answer = named.Count > 0 ? Answer.Known(variable, true) : recognition.ToAnswer(variable);
        if (answer is null)
        {
            await turn.SayAsync(recognition.ReAsk(turn.Locale) ?? string.Empty);
            await AskNextAsync(turn);
            return;
        }

        Keep(turn.State, answer);
        turn.State.PendingQuestion = null;
        await NoteStatedFactsAsync(turn, text);
        await AskNextAsync(turn);
    }

    /// <summary>
    /// Keeps the facts the person stated in passing (外地户口, 上一年级) that the area reads and that are not answered yet,
    /// and says what was understood, so that they are confirmed rather than asked.
    /// </summary>
    private async Task NoteStatedFactsAsync(Turn turn, string text)
    {
        var programs = services.ProgramsOf(turn.State.Area!);
        var unanswered = services.Variables.All
            .Where(v => v.Programs.Any(programs.Contains) && turn.State.Answers.TrueForAll(a => a.Variable != v.Id));
        var stated = FactSpotter.Spot(unanswered, text);
        if (stated.Count == 0)
        {
            return;
        }

        var date = services.DateFor(turn.State);
        foreach (var answer in stated)
        {
            Keep(turn.State, answer);
        }

        var noted = stated.Select(a => $"{a.Variable.Label(turn.Locale, date)}{Punctuation.Colon(turn.Locale)}{AnswerFormatter.Format(a, turn.Locale)}");
        await turn.SayAsync(string.Format(CultureInfo.InvariantCulture, Strings.Understood.In(turn.Locale), string.Join(Punctuation.Semicolon(turn.Locale), noted)));
    }

    private static void Keep(InterviewState state, Answer answer)
    {
        state.Answers.RemoveAll(a => a.Variable == answer.Variable.Id);
        state.Answers.Add(AnswerStore.Store(answer));
    }

    /// <summary>Asks what matters most now, or, when nothing is left, gives the result card.</summary>
    public async Task AskNextAsync(Turn turn)
    {
        var step = services.Plan(turn.State);
        if (step.IsComplete)
        {
            turn.State.PendingQuestion = null;
            turn.State.RemainingShown = null;
            await turn.SendAsync(ResultCard.Build(step.Report, turn.Locale));
            await OfferOtherAreasAsync(turn);
            return;
        }

        var (remaining, routeOpened) = QuestionCounter.Next(turn.State.RemainingShown, step.RemainingEstimate);
        if (routeOpened)
        {
            await turn.SayAsync(Strings.RouteOpened.In(turn.Locale));
        }

        turn.State.PendingQuestion = step.Question!.Id;
        turn.State.RemainingShown = remaining;
        await turn.SendAsync(QuestionCard.Build(step with { RemainingEstimate = remaining }, turn.Locale, services.DateFor(turn.State)));
    }

    /// <summary>
    /// Offers, as buttons, the areas the person also named at the start, or else the areas whose rules read an answer
    /// already given (a veteran's service counts for the employment subsidies too), skipping those already answered.
    /// </summary>
    private async Task OfferOtherAreasAsync(Turn turn)
    {
        var done = turn.State.ScreenedAreas.Append(turn.State.Area!).ToHashSet(StringComparer.Ordinal);
        var mentioned = turn.State.MentionedAreas.Where(a => !done.Contains(a)).ToArray();
        var offered = mentioned.Length > 0 ? mentioned : services.AreasReading(turn.State.Answers.Select(a => a.Variable)).Where(a => !done.Contains(a)).ToArray();
        if (offered.Length == 0)
        {
            return;
        }

        var titles = offered.Select(a => services.Topics.Covered.Single(t => t.Area == a).Title.In(turn.Locale)).ToArray();
        var lead = mentioned.Length > 0 ? Strings.OfferMentionedAreas : Strings.OfferRelatedAreas;
        var list = string.Join(Locales.IsEnglish(turn.Locale) ? ", " : "、", titles);
        await turn.SendAsync(MessageFactory.SuggestedActions(titles, string.Format(CultureInfo.InvariantCulture, lead.In(turn.Locale), list)));
    }

    /// <summary>
    /// Asks <paramref name="variableId"/> now, whatever the rules would ask first (the person asked to change it), or asks
    /// the pending question again after an aside (为什么问这个, 我的回答), with its buttons.
    /// </summary>
    public async Task AskAsync(Turn turn, string variableId)
    {
        var step = services.Plan(turn.State);
        var variable = services.Variables[variableId];
        turn.State.PendingQuestion = variableId;
        var remaining = turn.State.RemainingShown ?? Math.Max(1, step.RemainingEstimate);
        var asked = (step.Question?.Id == variableId ? step : step with { Question = variable, Programs = variable.Programs }) with { RemainingEstimate = remaining };
        await turn.SendAsync(QuestionCard.Build(asked, turn.Locale, services.DateFor(turn.State)));
    }

    /// <summary>After an aside, the question still waiting for an answer comes back with its buttons.</summary>
    public Task RepeatPendingAsync(Turn turn) =>
        turn.State.PendingQuestion is { } pending ? AskAsync(turn, pending) : Task.CompletedTask;

    /// <summary>Carries on where the person was: the menu before an area is chosen, otherwise the next question.</summary>
    public Task ContinueAsync(Turn turn) =>
        turn.State.Area is null ? turn.SendAsync(MenuCard.Build(services.Topics, turn.Locale, Strings.Menu)) : AskNextAsync(turn);
}
