using PolicyRules.Engine.Evaluation;

namespace PolicyRules.SampleArea.ChildcareAllowance.Facts;

/// <summary>The child's childcare: the sample area's own inputs.</summary>
public sealed class Childcare
{
    [Variable("childcare.inCare")]
    public Input<bool> InCare { get; set; }

    [Variable("childcare.monthsInCare")]
    public Input<int> MonthsInCare { get; set; }
}
