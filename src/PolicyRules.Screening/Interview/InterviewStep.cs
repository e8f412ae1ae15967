using PolicyRules.Screening.Reports;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Screening.Interview;

/// <summary>
/// Where an interview stands: the report so far and, unless every program in scope is decided, the
/// question to ask next with the programs whose outcome it can still change. The question is chosen
/// from the programs' standings alone; the explained <see cref="Report"/> is built when it is first read.
/// </summary>
public sealed record InterviewStep
{
    private readonly Assessment _assessment;

    public InterviewStep(Assessment assessment, VariableDefinition? question, IReadOnlyList<string> programs, int asked, int remainingEstimate)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        _assessment = assessment;
        Question = question;
        Programs = programs;
        Asked = asked;
        RemainingEstimate = remainingEstimate;
    }

    /// <summary>The explained report of the answers so far (built on first use).</summary>
    public Report Report => _assessment.Report;

    public VariableDefinition? Question { get; init; }

    public IReadOnlyList<string> Programs { get; init; }

    public int Asked { get; init; }

    public int RemainingEstimate { get; init; }

    public bool IsComplete => Question is null;
}
