using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Definitions;

/// <summary>
/// 西政发〔2017〕13号 八(一)：“文中所称‘就业困难人员’，特指本区登记失业人员中的‘3540’（女满35周岁、男满40周岁）以上人员……” 满35周岁 includes the birthday itself.
/// </summary>
[Name("employment-subsidy/13-8-1/female-35")]
[Description("本区登记失业的女性满35周岁")]
[Priority(20)]
[Cites(EmploymentSubsidySources.Opinion, "八(一)")]
public sealed class FemaleThirtyFiveRule : Rule
{
    public override void Define()
    {
        PolicyContext<EmploymentSubsidyParameters> at = default!;

        When()
            .Match(() => at)
            .Match<JobSeeker>(s => s.RegisteredUnemployed.Value)
            .Match<Applicant>(a => a.Gender.Value == Gender.Female, a => a.AgeOn(at.Date) >= at.Parameters.HardToEmployFemaleAge);

        Then()
            .Yield(_ => new HardToEmploy());
    }
}
