using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.ElevatorRetrofit;

/// <summary>The figures of 海行规发〔2017〕6号 that rules read, each bound to its file under parameters/.</summary>
public sealed class ElevatorRetrofitParameters
{
    [Parameter("min_storeys")]
    public int MinStoreys { get; init; }

    [Parameter("completed_by_year")]
    public int CompletedByYear { get; init; }

    [Parameter("min_unit_entrances")]
    public int MinUnitEntrances { get; init; }

    [Parameter("consent_area_share_min")]
    public decimal ConsentAreaShareMin { get; init; }

    [Parameter("consent_owner_share_min")]
    public decimal ConsentOwnerShareMin { get; init; }
}
