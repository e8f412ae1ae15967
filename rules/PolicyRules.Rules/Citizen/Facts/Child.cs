using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Rules.Citizen.Facts;

/// <summary>The child a parent asks about, as a person: what any area may need to know of them.</summary>
public sealed class Child
{
    [Variable("child.birthDate")]
    public Input<DateOnly> BirthDate { get; set; }

    [Reads(nameof(BirthDate))]
    public bool IsBornOnOrBefore(DateOnly cutoff) => BirthDate.Value <= cutoff;
}
