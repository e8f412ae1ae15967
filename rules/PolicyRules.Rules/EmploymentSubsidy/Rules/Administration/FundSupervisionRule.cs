using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Administration;

/// <summary>
/// 西政发〔2017〕13号 七(一)：“制定西城区就业资金管理办法，规范资金管理，完善资金审批及内部监督制度，加强就业资金的审核及监督检查，确保资金安全。”
/// It sets no condition: a granted subsidy is told that its funds are approved and audited under those measures.
/// </summary>
[Name("employment-subsidy/13-7-1/fund-supervision")]
[Description("就业资金的审批、审核和监督检查")]
[Cites(EmploymentSubsidySources.Opinion, "七(一)")]
public sealed class FundSupervisionRule : Rule
{
    public override void Define()
    {
        ProgramEligible granted = default!;

        When()
            .Match(() => granted, p => EmploymentSubsidyPrograms.All.Contains(p.Program));

        Then()
            .Yield(_ => new Notice(granted.Program, "fund-supervision"));
    }
}
