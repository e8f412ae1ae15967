using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Employers;

/// <summary>
/// 西政发〔2017〕13号 二(一)：“用人单位招用就业困难人员及本区户籍的退役士兵、社会公益性就业组织安置人员、本市分流职工，按照每人每年8000元的标准申请享受岗位补贴……”
/// </summary>
[Name("employment-subsidy/13-2-1/post-subsidy-higher")]
[Description("招用就业困难人员及本区户籍退役士兵等，每人每年8000元岗位补贴")]
[Program(EmploymentSubsidyPrograms.PostSubsidy)]
[Cites(EmploymentSubsidySources.Opinion, "二(一)")]
public sealed class PostSubsidyHigherRule : Rule
{
    public override void Define()
    {
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == EmploymentSubsidyPrograms.PostSubsidy)
            .Match<HiringTermsMet>()
            .Match<Hiring>(h => !h.DispatchFirm.Value, h => h.HigherTierHires.Value > 0);

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "post-subsidy-higher"))
            .Yield(_ => new Notice(applies.Program, "terms-per-hire"))
            .Yield(_ => new DocumentRequired(applies.Program, "labour-contract"))
            .Yield(_ => new DocumentRequired(applies.Program, "social-insurance-record"));
    }
}
