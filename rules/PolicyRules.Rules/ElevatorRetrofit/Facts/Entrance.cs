using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Rules.ElevatorRetrofit.Facts;

/// <summary>
/// The unit entrance (单元门) the elevator is for: consent is counted per entrance (三(二); interpretation
/// ER-CONSENT-UNIT). Shares are from 0 to 1, so that "三分之二" is 2/3 exactly.
/// </summary>
public sealed class Entrance
{
    /// <summary>The owners who consent, as a share of all owners of the entrance (占总人数).</summary>
    [Variable("entrance.ownersConsentShare")]
    public Input<decimal> OwnersConsentShare { get; set; }

    /// <summary>The exclusive floor area of the consenting owners, as a share of the total (专有部分占建筑总面积).</summary>
    [Variable("entrance.areaConsentShare")]
    public Input<decimal> AreaConsentShare { get; set; }

    /// <summary>The owners directly affected in light, ventilation or noise.</summary>
    [Variable("entrance.affectedOwners")]
    public Input<AffectedOwners> AffectedOwners { get; set; }
}
