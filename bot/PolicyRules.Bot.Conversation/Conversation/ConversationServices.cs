using PolicyRules.Screening;
using PolicyRules.Screening.Catalog;
using PolicyRules.Screening.Interview;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Bot.Conversation;

/// <summary>What the conversation's components share: the screening services, the interview planner, the answers' store and the clock.</summary>
internal sealed class ConversationServices(IEligibilityService service, IPolicyCatalog catalog, TimeProvider time)
{
    public IPolicyCatalog Catalog { get; } = catalog;

    public VariableRegistry Variables => Catalog.Variables;

    public InterviewPlanner Planner { get; } = new(service, catalog.Variables);

    public AnswerStore Answers { get; } = new(catalog.Variables);

    public TopicRouter Topics { get; } = new(catalog);

    public DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    /// <summary>The date the person's area is evaluated at (see <see cref="IPolicyCatalog.DateFor"/>); today before an area is chosen.</summary>
    public DateOnly DateFor(InterviewState state) => state.Area is null ? Today : Catalog.DateFor(state.Area, Today);

    /// <summary>The next step of the interview: the report so far and the question that matters most, if any.</summary>
    public InterviewStep Plan(InterviewState state)
    {
        var date = DateFor(state);
        return Planner.Next(date, state.Locale, Read(state), ProgramsOf(state.Area!));
    }

    /// <summary>The person's answers, typed: dates are checked against the person's today, not the policy's date.</summary>
    public IReadOnlyDictionary<string, Screening.Variables.Answer> Read(InterviewState state) => Answers.Read(state, DateFor(state), Today);

    public IReadOnlyCollection<string> ProgramsOf(string area) => Catalog.Areas.Single(a => a.Id == area).Programs;

    /// <summary>The areas, in the menu's order, whose programs read at least one of <paramref name="variableIds"/>.</summary>
    public IEnumerable<string> AreasReading(IEnumerable<string> variableIds)
    {
        var programs = variableIds.SelectMany(id => Variables.TryGet(id, out var variable) ? variable.Programs : []).ToHashSet(StringComparer.Ordinal);
        return Catalog.Areas.Where(a => a.Programs.Any(programs.Contains)).Select(a => a.Id);
    }
}
