using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Startup;

/// <summary>
/// 西政发〔2017〕13号 三(四)：“对于通过创业培训成功创业且正常经营一年以上的，给予5000元的创业奖励，同时奖励培训机构5000元。” 一年以上 includes twelve months (interpretation ES-ONE-YEAR-OR-MORE).
/// </summary>
[Name("employment-subsidy/13-3-4/startup-reward")]
[Description("通过创业培训成功创业且正常经营一年以上，5000元创业奖励")]
[Program(EmploymentSubsidyPrograms.StartupReward)]
[Cites(EmploymentSubsidySources.Opinion, "三(四)")]
public sealed class StartupRewardRule : Rule
{
    public override void Define()
    {
        PolicyContext<EmploymentSubsidyParameters> at = default!;
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == EmploymentSubsidyPrograms.StartupReward)
            .Match(() => at)
            .Match<Training>(t => t.StartupCertificate.Value)
            .Match<Business>(b => b.MonthsTrading.Value >= at.Parameters.StartupRewardMinTradingMonths);

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "startup-reward"))
            .Yield(_ => new DocumentRequired(applies.Program, "startup-certificate"))
            .Yield(_ => new DocumentRequired(applies.Program, "business-licence"));
    }
}
