using PolicyRules.Screening.Reports;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Screening.Interview;

/// <summary>
/// Where an interview stands: the report so far and, unless every program in scope is decided, the
/// question to ask next with the programs whose outcome it can still change.
/// </summary>
public sealed record InterviewStep(
    Report Report,
    VariableDefinition? Question,
    IReadOnlyList<string> Programs,
    int Asked,
    int RemainingEstimate)
{
    public bool IsComplete => Question is null;
}
