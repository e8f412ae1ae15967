using System.Reflection;
using PolicyRules.Localization;
using PolicyRules.Rules.Catalog;
using PolicyRules.Screening.Text;

namespace PolicyRules.Screening.Variables;

/// <summary>
/// An input the rules read: where it lives (a property of an input fact), its type, how it is asked,
/// the module whose catalogue gives its texts (an area, or a vocabulary such as the citizen's), and the
/// programs whose outcome it can influence.
/// </summary>
public sealed class VariableDefinition
{
    private readonly Dictionary<string, (AreaCatalog Area, Localized Why)> _areaReasons = new(StringComparer.Ordinal);

    internal VariableDefinition(string id, AreaCatalog module, Type factType, PropertyInfo property, Type valueType, VariableKind kind,
        VariableEntry entry, IReadOnlyList<string> programs)
    {
        Id = id;
        Module = module;
        FactType = factType;
        Property = property;
        ValueType = valueType;
        Kind = kind;
        Entry = entry;
        Programs = programs;
        Choices = [.. entry.Choices.Select(c => new VariableChoice(c.Value, c.Label, c.Synonyms, c.Said))];
    }

    public string Id { get; }

    /// <summary>The area or vocabulary the variable belongs to (<c>school-enrolment</c>, <c>citizen</c>).</summary>
    public string Area => Module.Area;

    public Type FactType { get; }

    public PropertyInfo Property { get; }

    /// <summary>The T of the property's Input&lt;T&gt;.</summary>
    public Type ValueType { get; }

    public VariableKind Kind { get; }

    public IReadOnlyList<string> Programs { get; }

    public IReadOnlyList<VariableChoice> Choices { get; }

    /// <summary>For a yes/no question, the words that answer it yes in its own terms.</summary>
    public IReadOnlyList<string> YesTerms => Entry.Yes;

    /// <summary>For a yes/no question, the words that answer it no in its own terms.</summary>
    public IReadOnlyList<string> NoTerms => Entry.No;

    public decimal? Minimum => Entry.Minimum;

    public decimal? Maximum => Entry.Maximum;

    /// <summary>The unit of a number (month, yuan…), if it has one.</summary>
    public string? Unit => Entry.Unit;

    /// <summary>A date that cannot lie after the evaluation date (a birth date, a signing date).</summary>
    public bool NotAfterEvaluationDate => Entry.NotAfterEvaluationDate;

    /// <summary>A date's plausible span: at most this many years before the evaluation date (a child's birth date 18).</summary>
    public int? MaximumYearsBefore => Entry.MaximumYearsBefore;

    public string TypeName => Kind.ToString().ToLowerInvariant();

    /// <summary>The question asked once in place of this one and others that rarely apply, if there is one.</summary>
    public VariableDefinition? GatheredBy { get; private set; }

    /// <summary>For a question that gathers others: their answers when it is answered no.</summary>
    public IReadOnlyList<Answer> GatheredAnswersOnNo { get; private set; } = [];

    /// <summary>
    /// For a question that gathers others, its answer as someone who knows <paramref name="known"/> gives it: no when every
    /// gathered variable holds its "no" value, yes when one holds another value, and null (does not know) otherwise.
    /// </summary>
    public bool? GatheringAnswerFrom(IReadOnlyDictionary<string, Answer> known)
    {
        if (GatheredAnswersOnNo.Count == 0)
        {
            return null;
        }

        var given = GatheredAnswersOnNo.Select(none => (None: none, Given: known.GetValueOrDefault(none.Variable.Id))).ToArray();
        if (given.Any(g => g.Given is { IsKnown: true } && !Equals(g.Given.Value, g.None.Value)))
        {
            return true;
        }

        return given.All(g => g.Given is { IsKnown: true }) ? false : null;
    }

    internal VariableEntry Entry { get; }

    internal AreaCatalog Module { get; }

    /// <summary>The question, with the figures it names as of <paramref name="date"/>.</summary>
    public string Question(string locale, DateOnly date) => Render(Entry.Question, locale, date);

    /// <summary>A few words naming the question in a list of answers; the question itself when the catalogue gives none.</summary>
    public string Label(string locale, DateOnly date) =>
        string.IsNullOrEmpty(Entry.Label?.ZhCn) ? Question(locale, date) : Render(Entry.Label, locale, date);

    /// <summary>
    /// Why the question is asked, with the figures it names as of <paramref name="date"/>: in a
    /// conversation about <paramref name="area"/>, that area's own reason when it gives one for a
    /// question it shares with other areas.
    /// </summary>
    public string Why(string locale, DateOnly date, string? area = null) =>
        area is not null && _areaReasons.TryGetValue(area, out var reason)
            ? TextRenderer.Render(reason.Why, locale, reason.Area, date)
            : TextRenderer.Render(Entry.Why, locale, Module, date);

    /// <summary>The answer someone who knows <paramref name="facts"/> gives to this question, or null when they do not know it.</summary>
    public Answer? AnswerFrom(IReadOnlyDictionary<string, Answer> facts) =>
        facts.GetValueOrDefault(Id) ?? (GatheringAnswerFrom(facts) is { } any ? Answer.Known(this, any) : null);

    internal void Gather(IReadOnlyList<Answer> answersOnNo)
    {
        GatheredAnswersOnNo = answersOnNo;
        foreach (var answer in answersOnNo)
        {
            answer.Variable.GatheredBy = this;
        }
    }

    internal void AddReason(AreaCatalog area, VariableEntry entry)
    {
        if (string.IsNullOrEmpty(entry.Why.ZhCn) || !string.IsNullOrEmpty(entry.Question.ZhCn) || entry.Choices.Count > 0)
        {
            throw new InvalidOperationException($"{area.Folder}'s variables.yaml repeats '{Id}' of {Module.Folder}: an area may only give its own why for a shared question.");
        }

        _areaReasons[area.Area] = (area, entry.Why);
    }

    private string Render(Localized text, string locale, DateOnly date) => TextRenderer.Render(text, locale, Module, date);
}
