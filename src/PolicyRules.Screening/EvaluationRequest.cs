using PolicyRules.Screening.Variables;

namespace PolicyRules.Screening;

/// <summary>Facts and a date in, a report out. <see cref="Programs"/> limits the report to some programs.</summary>
public sealed record EvaluationRequest(
    DateOnly Date,
    string Locale,
    IReadOnlyDictionary<string, Answer> Answers,
    IReadOnlyCollection<string>? Programs = null);
