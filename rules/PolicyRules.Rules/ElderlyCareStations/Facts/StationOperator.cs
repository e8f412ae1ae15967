using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Rules.ElderlyCareStations.Facts;

/// <summary>The operator of the station; for an alliance (联盟运营), the one that runs the main service area (四(六)3).</summary>
public sealed class StationOperator
{
    [Variable("operator.legalForm")]
    public Input<LegalForm> LegalForm { get; set; }
}
