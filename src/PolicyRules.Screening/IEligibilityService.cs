using PolicyRules.Screening.Reports;

namespace PolicyRules.Screening;

/// <summary>The application service: screens a person's answers against every program as of a date.</summary>
public interface IEligibilityService
{
    Report Evaluate(EvaluationRequest request);
}
