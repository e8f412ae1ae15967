namespace PolicyRules.Rules.ElderlyCareStations;

/// <summary>The number of the document this area formalises (its title, date and window are in area.yaml).</summary>
public static class ElderlyCareStationsSources
{
    /// <summary>门头沟区社区养老服务驿站建设实施意见.</summary>
    public const string Stations = "门政办发〔2017〕2号";
}
