using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Definitions;

/// <summary>
/// 西政发〔2017〕13号 八(二)：“文中所称‘退休人员’，特指女性60岁（含）以下、男性65岁（含）以下、已经享受养老保险待遇的人员。” 60岁（含）以下: until the 61st birthday.
/// </summary>
[Name("employment-subsidy/13-8-2/female-retiree")]
[Description("已领取养老金的女性60岁（含）以下")]
[Priority(20)]
[Cites(EmploymentSubsidySources.Opinion, "八(二)")]
public sealed class FemaleRetireeRule : Rule
{
    public override void Define()
    {
        PolicyContext<EmploymentSubsidyParameters> at = default!;

        When()
            .Match(() => at)
            .Match<JobSeeker>(s => s.DrawsPension.Value)
            .Match<Applicant>(a => a.Gender.Value == Gender.Female, a => a.AgeOn(at.Date) <= at.Parameters.RetireeFemaleMaxAge);

        Then()
            .Yield(_ => new Retiree());
    }
}
