using System.Text.Json;
using PolicyRules.Screening;
using PolicyRules.Screening.Catalog;
using PolicyRules.Screening.Interview;
using PolicyRules.Screening.Recognizers;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Bot.Testing.Simulation;

/// <summary>
/// People talking to the real host over Direct Line: each opens with a sentence that states a fact or two of its case in
/// passing, answers every question from the case in everyday words (不知道 to what the case does not say), and, when not
/// understood, answers again plainly. What the bot asked, re-asked and did not understand is counted.
/// </summary>
public sealed class SimulatedParents(BotServer server, IEligibilityService service, IPolicyCatalog catalog)
{
    private const int MaxTurns = 120;
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(20);

    private readonly InterviewPlanner _planner = new(service, catalog.Variables);

    /// <summary>Whether the bot evaluates the case's area as of the case's date when that is the person's today.</summary>
    public bool CanLiveOn(ParentCase parentCase) =>
        catalog.DateFor(parentCase.Area, parentCase.Date) == parentCase.Date;

    public async Task<ParentConversation> TalkAsync(ParentCase parentCase, int seed)
    {
        ArgumentNullException.ThrowIfNull(parentCase);
        server.Clock.Set(new DateTimeOffset(parentCase.Date.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero));
        var (opening, stated) = Opening(parentCase, seed);
        using var chat = await DirectLineChat.StartAsync(server);
        await chat.ReadUntilCardAsync(ReplyTimeout);

        var transcript = new List<string> { "> " + opening };
        var asked = new List<string>();
        var notUnderstood = 0;
        var reAsked = 0;
        var card = await chat.SayAsync(opening, ReplyTimeout);
        for (var turn = 0; turn < MaxTurns && card.Question is { } question; turn++)
        {
            var repeatOfLast = asked.Count > 0 && asked[^1] == question;
            notUnderstood += repeatOfLast ? 1 : 0;
            reAsked += !repeatOfLast && asked.Contains(question) ? 1 : 0;
            asked.Add(question);
            var answer = AnswerTo(parentCase, question, seed + turn, plainly: repeatOfLast);
            transcript.Add($"? {question}");
            transcript.Add("> " + answer);
            card = await chat.SayAsync(answer, ReplyTimeout);
        }

        var completed = card.Report is not null;
        var expected = Statuses(service.Evaluate(new EvaluationRequest(parentCase.Date, "zh-CN", parentCase.Facts, parentCase.Scope)));
        var same = completed && parentCase.Scope.All(p => card.Report!.GetValueOrDefault(p) == expected.GetValueOrDefault(p));
        return new ParentConversation(parentCase.Name, opening, completed, asked.Count, IdealQuestions(parentCase), reAsked, notUnderstood,
            stated, [.. stated.Where(asked.Contains)], same, transcript);
    }

    /// <summary>
    /// "外地户口，上一年级，想咨询义务教育入学": up to two facts of the case stated by a phrase the catalogue gives for them,
    /// then the area's name. The facts counted as stated are those the phrases were chosen to state.
    /// </summary>
    private (string Text, IReadOnlyList<string> Stated) Opening(ParentCase parentCase, int seed)
    {
        var area = catalog.Areas.Single(a => a.Id == parentCase.Area);
        var statable = parentCase.Facts.Values
            .Where(a => a.IsKnown && a.Variable.Programs.Any(area.Programs.Contains) && a.Value is Enum)
            .Select(a => (Answer: a, Said: ChineseSaid(a)))
            .Where(s => s.Said.Length > 0)
            .Take(2)
            .ToArray();
        var phrases = statable.Select((s, i) => s.Said[(seed + i) % s.Said.Length]);
        var text = string.Join("，", phrases.Append($"想咨询{area.Title.ZhCn}"));
        return (text, [.. statable.Select(s => s.Answer.Variable.Id)]);
    }

    private static string[] ChineseSaid(Answer fact) =>
        [.. fact.Variable.Choices.Single(c => Equals(AnswerReader.ChoiceValue(fact.Variable, c.Value), fact.Value)).Said.Where(p => !p.All(char.IsAscii))];

    private string AnswerTo(ParentCase parentCase, string question, int seed, bool plainly)
    {
        var variable = catalog.Variables[question];
        if (variable.GatheredAnswersOnNo.Count > 0 && !parentCase.Facts.ContainsKey(question))
        {
            return EverydayPhrasing.Gathered(variable.GatheringAnswerFrom(parentCase.Facts), seed);
        }

        var answer = parentCase.Facts.GetValueOrDefault(question) ?? Answer.Uncertain(variable);
        return plainly ? EverydayPhrasing.Plain(answer) : EverydayPhrasing.Answer(answer, seed);
    }

    /// <summary>
    /// The questions an ideal interview of the whole area asks this person: every answer understood at once, nothing said
    /// beforehand, "don't know" to what the case does not say (an interview cannot know that in advance).
    /// </summary>
    private int IdealQuestions(ParentCase parentCase)
    {
        var programs = catalog.Areas.Single(a => a.Id == parentCase.Area).Programs;
        var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
        InterviewStep step;
        while (!(step = _planner.Next(parentCase.Date, "zh-CN", answers, programs)).IsComplete)
        {
            var variable = step.Question!;
            answers[variable.Id] = variable.AnswerFrom(parentCase.Facts) ?? Answer.Uncertain(variable);
        }

        return answers.Count;
    }

    private static Dictionary<string, string> Statuses(Screening.Reports.Report report) =>
        report.Programs.ToDictionary(p => p.Id, p => p.Status, StringComparer.Ordinal);
}
