using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Employers;

/// <summary>
/// 西政发〔2017〕13号 二(四)：“用人单位在年度内招用本区登记失业人员……”
/// </summary>
[Name("employment-subsidy/13-2-4/bulk-hiring-applies")]
[Description("用人单位年度内招用本区登记失业人员")]
[Program(EmploymentSubsidyPrograms.BulkHiringReward)]
[Cites(EmploymentSubsidySources.Opinion, "二(四)")]
public sealed class BulkHiringAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == JobsRole.Employer)
            .Match<Hiring>(h => h.UnemployedHiredThisYear.Value > 0);

        Then()
            .Yield(_ => new ProgramApplies(EmploymentSubsidyPrograms.BulkHiringReward));
    }
}
