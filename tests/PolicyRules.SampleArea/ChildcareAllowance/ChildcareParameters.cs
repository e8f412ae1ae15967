using PolicyRules.Rules.Common;

namespace PolicyRules.SampleArea.ChildcareAllowance;

/// <summary>The figures of the sample text, each bound to its file under parameters/.</summary>
public sealed class ChildcareParameters
{
    [Parameter("born_after")]
    public DateOnly BornAfter { get; init; }
}
