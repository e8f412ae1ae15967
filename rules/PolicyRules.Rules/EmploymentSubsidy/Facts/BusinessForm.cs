namespace PolicyRules.Rules.EmploymentSubsidy.Facts;

/// <summary>How the person's business is registered: 个体工商户 are excluded from 三(一) and 三(五).</summary>
public enum BusinessForm
{
    None,
    SoleTrader,
    Enterprise,
}
