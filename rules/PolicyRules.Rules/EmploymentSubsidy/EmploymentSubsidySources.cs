namespace PolicyRules.Rules.EmploymentSubsidy;

/// <summary>The document this area formalises, as rules cite it (its title, date and window are in area.yaml).</summary>
public static class EmploymentSubsidySources
{
    /// <summary>北京市西城区人民政府关于做好新形势下就业创业工作的实施意见.</summary>
    public const string Opinion = "西政发〔2017〕13号";
}
