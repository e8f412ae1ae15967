using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Definitions;

/// <summary>
/// 西政发〔2017〕13号 八(二)：“……男性65岁（含）以下、已经享受养老保险待遇的人员。” 65岁（含）以下: until the 66th birthday.
/// </summary>
[Name("employment-subsidy/13-8-2/male-retiree")]
[Description("已领取养老金的男性65岁（含）以下")]
[Priority(20)]
[Cites(EmploymentSubsidySources.Opinion, "八(二)")]
public sealed class MaleRetireeRule : Rule
{
    public override void Define()
    {
        PolicyContext<EmploymentSubsidyParameters> at = default!;

        When()
            .Match(() => at)
            .Match<JobSeeker>(s => s.DrawsPension.Value)
            .Match<Applicant>(a => a.Gender.Value == Gender.Male, a => a.AgeOn(at.Date) <= at.Parameters.RetireeMaleMaxAge);

        Then()
            .Yield(_ => new Retiree());
    }
}
