namespace PolicyRules.Rules.ElevatorRetrofit;

/// <summary>The number of the document this area formalises (its title, date and window are in area.yaml).</summary>
public static class ElevatorRetrofitSources
{
    /// <summary>北京市海淀区人民政府关于本区2017年既有多层住宅增设（适老化）电梯试点工作的实施意见.</summary>
    public const string Elevators = "海行规发〔2017〕6号";
}
