using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Rules.ElevatorRetrofit.Facts;

/// <summary>The residential building an elevator would be added to (一, 四).</summary>
public sealed class Building
{
    [Variable("building.inHaidian")]
    public Input<bool> InHaidian { get; set; }

    /// <summary>城镇住宅楼房.</summary>
    [Variable("building.urbanResidential")]
    public Input<bool> UrbanResidential { get; set; }

    [Variable("building.storeys")]
    public Input<int> Storeys { get; set; }

    [Variable("building.hasElevator")]
    public Input<bool> HasElevator { get; set; }

    /// <summary>The year the building was completed and put into use (建成投入使用).</summary>
    [Variable("building.completedYear")]
    public Input<int> CompletedYear { get; set; }

    /// <summary>列入棚户区改造、房屋征收范围和计划.</summary>
    [Variable("building.inRedevelopmentPlan")]
    public Input<bool> InRedevelopmentPlan { get; set; }

    [Variable("building.ownership")]
    public Input<BuildingOwnership> Ownership { get; set; }

    /// <summary>A building of the pilot year's old-estate renovation (老旧小区改造) that needs an elevator.</summary>
    [Variable("building.oldEstateRenovation")]
    public Input<bool> OldEstateRenovation { get; set; }

    /// <summary>单元门: the building's stairwell entrances.</summary>
    [Variable("building.unitEntrances")]
    public Input<int> UnitEntrances { get; set; }

    /// <summary>具有合法手续 (四(二), 四(三)).</summary>
    [Variable("building.lawfulFormalities")]
    public Input<bool> LawfulFormalities { get; set; }
}
