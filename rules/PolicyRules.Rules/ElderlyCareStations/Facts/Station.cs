using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Rules.ElderlyCareStations.Facts;

/// <summary>
/// The station being planned: its size, beds, staff and functions (四(五)), its building (四(一)3),
/// its premises and title (四(二), 四(三)) and what the state has invested in it (六(一)).
/// </summary>
public sealed class Station
{
    /// <summary>主体服务区建筑面积, m²; for a single-site station its whole floor area (四(五)).</summary>
    [Variable("station.mainArea")]
    public Input<decimal> MainArea { get; set; }

    /// <summary>加盟服务点的个数; 0 for a single-site station.</summary>
    [Variable("station.affiliatedPoints")]
    public Input<int> AffiliatedPoints { get; set; }

    /// <summary>The floor area of the smallest affiliated point, m².</summary>
    [Variable("station.smallestPointArea")]
    public Input<decimal> SmallestPointArea { get; set; }

    /// <summary>总建筑面积 of the main area and all affiliated points, m².</summary>
    [Variable("station.totalArea")]
    public Input<decimal> TotalArea { get; set; }

    /// <summary>The beds the station is planned with (可设置床位).</summary>
    [Variable("station.beds")]
    public Input<int> Beds { get; set; }

    [Variable("station.staffing")]
    public Input<StaffingLevel> Staffing { get; set; }

    /// <summary>All six basic functions of 三(一)–(六).</summary>
    [Variable("station.basicFunctions")]
    public Input<bool> BasicFunctions { get; set; }

    [Variable("station.extendedServices")]
    public Input<ExtendedServices> ExtendedServices { get; set; }

    /// <summary>康复区域 and 洗涤区域 (B型).</summary>
    [Variable("station.rehabAndLaundryAreas")]
    public Input<bool> RehabAndLaundryAreas { get; set; }

    /// <summary>老年人生活区域 and 活动区域 (C型).</summary>
    [Variable("station.livingAndActivityAreas")]
    public Input<bool> LivingAndActivityAreas { get; set; }

    /// <summary>低层建筑或设置于建筑物底层.</summary>
    [Variable("station.lowRiseOrGroundFloor")]
    public Input<bool> LowRiseOrGroundFloor { get; set; }

    /// <summary>The building's fire-resistance grade, 1 (the highest) to 4.</summary>
    [Variable("station.fireResistanceGrade")]
    public Input<int> FireResistanceGrade { get; set; }

    /// <summary>Rooms for older people in a basement or semi-basement.</summary>
    [Variable("station.elderRoomsBelowGround")]
    public Input<bool> ElderRoomsBelowGround { get; set; }

    /// <summary>突击新建的临时建筑.</summary>
    [Variable("station.temporaryBuilding")]
    public Input<bool> TemporaryBuilding { get; set; }

    /// <summary>The property certificate of the premises (of the whole building, when the station is part of one).</summary>
    [Variable("station.titleStatus")]
    public Input<TitleStatus> TitleStatus { get; set; }

    /// <summary>整体建筑的局部设施.</summary>
    [Variable("station.partOfBuilding")]
    public Input<bool> PartOfBuilding { get; set; }

    /// <summary>Whether the affiliated points are renovated (装修改造).</summary>
    [Variable("station.pointsRenovated")]
    public Input<bool> PointsRenovated { get; set; }

    [Variable("station.premisesSource")]
    public Input<PremisesSource> PremisesSource { get; set; }

    /// <summary>该机构国有固定资产投资, yuan.</summary>
    [Variable("station.stateInvestment")]
    public Input<decimal> StateInvestment { get; set; }

    /// <summary>The staff planned include every kind that <paramref name="level"/> lists (each level includes the ones below it).</summary>
    [Reads(nameof(Staffing))]
    public bool StaffedAtLeast(StaffingLevel level) => Staffing.Value >= level;
}
