using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Employers;

/// <summary>
/// 西政发〔2017〕13号 二(一)：“用人单位招用本区登记失业人员及本区户籍的应届高校毕业生、退役士兵、社会公益性就业组织安置人员、本市分流职工……”
/// </summary>
[Name("employment-subsidy/13-2-1/post-subsidy-applies")]
[Description("用人单位招用二(一)所列人员")]
[Program(EmploymentSubsidyPrograms.PostSubsidy)]
[Cites(EmploymentSubsidySources.Opinion, "二(一)")]
public sealed class PostSubsidyAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == JobsRole.Employer)
            .Match<Hiring>(h => h.HigherTierHires.Value + h.LowerTierHires.Value > 0);

        Then()
            .Yield(_ => new ProgramApplies(EmploymentSubsidyPrograms.PostSubsidy));
    }
}
