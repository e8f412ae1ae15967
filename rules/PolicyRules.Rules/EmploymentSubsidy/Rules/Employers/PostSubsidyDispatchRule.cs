using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Employers;

/// <summary>
/// 西政发〔2017〕13号 二(一)：“劳务派遣企业招用上述各类人员，按照每人每年5000元的标准申请享受岗位补贴。” The same terms apply (interpretation ES-DISPATCH-TERMS).
/// </summary>
[Name("employment-subsidy/13-2-1/post-subsidy-dispatch")]
[Description("劳务派遣企业招用上述各类人员，每人每年5000元岗位补贴")]
[Program(EmploymentSubsidyPrograms.PostSubsidy)]
[Cites(EmploymentSubsidySources.Opinion, "二(一)")]
public sealed class PostSubsidyDispatchRule : Rule
{
    public override void Define()
    {
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == EmploymentSubsidyPrograms.PostSubsidy)
            .Match<HiringTermsMet>()
            .Match<Hiring>(h => h.DispatchFirm.Value);

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "post-subsidy-dispatch"))
            .Yield(_ => new Notice(applies.Program, "terms-per-hire"))
            .Yield(_ => new DocumentRequired(applies.Program, "labour-contract"))
            .Yield(_ => new DocumentRequired(applies.Program, "social-insurance-record"));
    }
}
