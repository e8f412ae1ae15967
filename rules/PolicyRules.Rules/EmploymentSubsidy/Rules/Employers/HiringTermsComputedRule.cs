using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Employers;

/// <summary>
/// 西政发〔2017〕13号 二(一)：“依法签订一年及以上期限劳动合同、按规定缴纳职工社会保险、按月足额发放不低于当年本市职工最低工资标准1.2倍的工资”,
/// once the operator has set Beijing's minimum wage for the date: the lowest monthly wage of the hires is compared with
/// 1.2 times it, 不低于 including the figure itself (interpretation ES-MINIMUM-WAGE).
/// </summary>
[Name("employment-subsidy/13-2-1/hiring-terms-computed")]
[Description("一年及以上劳动合同、缴纳社会保险、月工资不低于运营方设定的最低工资标准的1.2倍")]
[Priority(20)]
[Cites(EmploymentSubsidySources.Opinion, "二(一)")]
public sealed class HiringTermsComputedRule : Rule
{
    public override void Define()
    {
        PolicyContext<EmploymentSubsidyParameters> at = default!;

        When()
            .Match(() => at, a => a.Parameters.MinimumWage != null)
            .Match<Enquirer>(e => e.Role.Value == JobsRole.Employer)
            .Match<Hiring>(h => h.HigherTierHires.Value + h.LowerTierHires.Value + h.ServicePostHires.Value > 0, h => h.ContractMonths.Value >= at.Parameters.StandardContractMinMonths, h => h.SocialInsurance.Value, h => h.MonthlyWage.Value >= at.Parameters.WageFloor);

        Then()
            .Yield(_ => new HiringTermsMet());
    }
}
