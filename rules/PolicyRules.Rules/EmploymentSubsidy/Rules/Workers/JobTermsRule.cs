using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Workers;

/// <summary>
/// 西政发〔2017〕13号 二(三)：“……依法签订一年及以上期限劳动合同、按规定缴纳职工社会保险、按月足额发放不低于当年本市职工最低工资标准1.2倍的工资……” With the minimum wage set, the wage is compared with it.
/// </summary>
[Name("employment-subsidy/13-2-3/job-terms")]
[Description("一年及以上劳动合同、缴纳社会保险、工资不低于最低工资标准1.2倍")]
[Priority(20)]
[Cites(EmploymentSubsidySources.Opinion, "二(三)")]
public sealed class JobTermsRule : Rule
{
    public override void Define()
    {
        PolicyContext<EmploymentSubsidyParameters> at = default!;

        When()
            .Match(() => at, c => c.Parameters.MinimumWage != null)
            .Match<Job>(j => j.ContractMonths.Value >= at.Parameters.StandardContractMinMonths, j => j.SocialInsurance.Value, j => j.WageMeets(at.Parameters.WageFloorMultiple, at.Parameters.MinimumWage ?? 0m));

        Then()
            .Yield(_ => new JobTermsMet());
    }
}
