namespace PolicyRules.Benchmarks.Questions;

/// <summary>
/// How one case fared: the questions the interview asked (and how many of them the case could
/// answer), the paper form's length, the smallest sufficient set of the case's answers (null when not
/// searched or the search ran out of time), questions asked that no undetermined program in scope
/// was missing, whether the interview ended on the case's outcome, and whether that outcome decides
/// every program in scope (a case that leaves a program undetermined makes the interview ask on).
/// </summary>
public sealed record CaseEfficiency(
    string Case,
    IReadOnlyList<string> Programs,
    int Inputs,
    int Asked,
    int AskedAnswered,
    int Form,
    int? Minimum,
    string? MinimumNote,
    IReadOnlyList<string> UselessQuestions,
    bool SameOutcome,
    bool Decided);
