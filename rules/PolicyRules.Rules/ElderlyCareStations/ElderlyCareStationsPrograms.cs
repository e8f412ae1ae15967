namespace PolicyRules.Rules.ElderlyCareStations;

/// <summary>The program ids of the elderly-care-stations area (stable: they appear in reports).</summary>
public static class ElderlyCareStationsPrograms
{
    /// <summary>What a station provides to an older person living at home (三, 一).</summary>
    public const string Services = "elderly-care-stations.services";

    /// <summary>Day care and short full-time stays at the station (三(一)).</summary>
    public const string DayCare = "elderly-care-stations.day-care";

    public const string TypeA = "elderly-care-stations.type-a";

    public const string TypeB = "elderly-care-stations.type-b";

    public const string TypeC = "elderly-care-stations.type-c";

    /// <summary>The construction project the street office or town puts forward (四(一)3, 四(三), 七).</summary>
    public const string Construction = "elderly-care-stations.construction";

    /// <summary>Who may run a station and on what terms (四(四), 四(六), 六).</summary>
    public const string Operator = "elderly-care-stations.operator";

    /// <summary>The one-time municipal subsidy to be sought for a project (五1–4).</summary>
    public const string MunicipalSubsidy = "elderly-care-stations.municipal-subsidy";

    /// <summary>Premises used free of charge (四(二)1, 五5).</summary>
    public const string FreePremises = "elderly-care-stations.free-premises";
}
