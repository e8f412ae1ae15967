using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Employers;

/// <summary>
/// 西政发〔2017〕13号 二(三)：“……在劳动合同履行期限内，每满一年，按照每人每年10000元的标准，申请享受不超过3年的岗位补贴……”
/// </summary>
[Name("employment-subsidy/13-2-3/service-post-subsidy")]
[Description("服务岗位每人每年10000元岗位补贴，不超过3年")]
[Program(EmploymentSubsidyPrograms.ServicePostSubsidy)]
[Cites(EmploymentSubsidySources.Opinion, "二(三)")]
public sealed class ServicePostSubsidyRule : Rule
{
    public override void Define()
    {
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == EmploymentSubsidyPrograms.ServicePostSubsidy)
            .Match<HiringTermsMet>();

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "service-post-subsidy"))
            .Yield(_ => new Notice(applies.Program, "service-post-worker-reward"))
            .Yield(_ => new Notice(applies.Program, "terms-per-hire"))
            .Yield(_ => new DocumentRequired(applies.Program, "labour-contract"))
            .Yield(_ => new DocumentRequired(applies.Program, "social-insurance-record"));
    }
}
