using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Workers;

/// <summary>
/// 西政发〔2017〕13号 二(三), the same terms, while the operator has not set Beijing's minimum wage: the person says
/// whether the wage is at least 1.2 times it (interpretation ES-MINIMUM-WAGE). The minimum wage not being set is the
/// route (see <see cref="JobTermsComputedRule"/>).
/// </summary>
[Name("employment-subsidy/13-2-3/job-terms-asked")]
[Description("一年及以上劳动合同、缴纳社会保险、工资不低于最低工资标准1.2倍（按回答）")]
[Priority(20)]
[Cites(EmploymentSubsidySources.Opinion, "二(三)")]
public sealed class JobTermsAskedRule : Rule
{
    public override void Define()
    {
        PolicyContext<EmploymentSubsidyParameters> at = default!;

        When()
            .Match(() => at, a => a.Parameters.MinimumWage == null)
            .Match<Enquirer>(e => e.Role.Value == JobsRole.JobSeeker)
            .Match<JobSeeker>(s => s.RegisteredUnemployed.Value, s => s.Hired.Value)
            .Match<Job>(j => j.ServicePost.Value, j => j.ContractMonths.Value >= at.Parameters.StandardContractMinMonths, j => j.SocialInsurance.Value, j => j.WageAtLeastFloor.Value);

        Then()
            .Yield(_ => new JobTermsMet());
    }
}
