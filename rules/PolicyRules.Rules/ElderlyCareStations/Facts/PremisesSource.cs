namespace PolicyRules.Rules.ElderlyCareStations.Facts;

/// <summary>Where the station's premises come from (四(二)), which decides the support route (五).</summary>
public enum PremisesSource
{
    /// <summary>现有已运营的托老所、日间照料中心，提升为驿站 (四(二)1, 五1).</summary>
    UpgradedCareService,

    /// <summary>居住区配套的老年活动场站、托老所等养老服务设施 (四(二)1).</summary>
    EstateElderlyFacility,

    /// <summary>新建居住区配套的养老机构、养老照料中心 (四(二)1 的除外情形).</summary>
    EstateCareInstitution,

    /// <summary>街道办事处、镇人民政府提供的公共服务设施 (五5).</summary>
    StreetOfficeFree,

    /// <summary>街道办事处、镇人民政府低价有偿提供的公共服务设施 (五2).</summary>
    StreetOfficeLowRent,

    /// <summary>社会力量利用自有设施 (五3).</summary>
    OwnPremises,

    /// <summary>社会力量租赁现有其他设施 (五4).</summary>
    Leased,

    /// <summary>Another source, such as an employer's facility for its staff's estate (四(二)3).</summary>
    Other,
}
