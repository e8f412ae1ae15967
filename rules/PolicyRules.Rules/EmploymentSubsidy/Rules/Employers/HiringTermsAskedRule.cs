using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Employers;

/// <summary>
/// 西政发〔2017〕13号 二(一), the same terms, while the operator has not set Beijing's minimum wage: the employer says
/// whether the wage is at least 1.2 times it (interpretation ES-MINIMUM-WAGE). The minimum wage not being set is the
/// route, so that an employer is asked either this or the wage itself (<see cref="HiringTermsComputedRule"/>), never both.
/// </summary>
[Name("employment-subsidy/13-2-1/hiring-terms-asked")]
[Description("一年及以上劳动合同、缴纳社会保险、工资不低于最低工资标准1.2倍（按回答）")]
[Priority(20)]
[Cites(EmploymentSubsidySources.Opinion, "二(一)")]
public sealed class HiringTermsAskedRule : Rule
{
    public override void Define()
    {
        PolicyContext<EmploymentSubsidyParameters> at = default!;

        When()
            .Match(() => at, a => a.Parameters.MinimumWage == null)
            .Match<Enquirer>(e => e.Role.Value == JobsRole.Employer)
            .Match<Hiring>(h => h.HigherTierHires.Value + h.LowerTierHires.Value + h.ServicePostHires.Value > 0, h => h.ContractMonths.Value >= at.Parameters.StandardContractMinMonths, h => h.SocialInsurance.Value, h => h.WageAtLeastFloor.Value);

        Then()
            .Yield(_ => new HiringTermsMet());
    }
}
