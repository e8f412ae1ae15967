using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Employers;

/// <summary>
/// 西政发〔2017〕13号 二(一)：“……招用本区其他登记失业人员及本区户籍的应届高校毕业生，按照每人每年5000元的标准申请享受岗位补贴。”
/// </summary>
[Name("employment-subsidy/13-2-1/post-subsidy-lower")]
[Description("招用本区其他登记失业人员及本区户籍应届高校毕业生，每人每年5000元岗位补贴")]
[Program(EmploymentSubsidyPrograms.PostSubsidy)]
[Cites(EmploymentSubsidySources.Opinion, "二(一)")]
public sealed class PostSubsidyLowerRule : Rule
{
    public override void Define()
    {
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == EmploymentSubsidyPrograms.PostSubsidy)
            .Match<HiringTermsMet>()
            .Match<Hiring>(h => !h.DispatchFirm.Value, h => h.LowerTierHires.Value > 0);

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "post-subsidy-lower"))
            .Yield(_ => new Notice(applies.Program, "terms-per-hire"))
            .Yield(_ => new DocumentRequired(applies.Program, "labour-contract"))
            .Yield(_ => new DocumentRequired(applies.Program, "social-insurance-record"));
    }
}
