using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Organisations;

/// <summary>
/// 西政发〔2017〕13号 三(三)：“经认定的创业服务平台为本区户籍的登记失业人员、复员转业退役军人……提供创业服务并帮助其实现创业的，按照每人3万元的标准给予创业服务平台一次性奖励……”
/// </summary>
[Name("employment-subsidy/13-3-3/platform-reward")]
[Description("经认定的创业服务平台帮助贴息借款人实现创业，每人3万元一次性奖励")]
[Program(EmploymentSubsidyPrograms.PlatformReward)]
[Cites(EmploymentSubsidySources.Opinion, "三(三)")]
public sealed class PlatformRewardRule : Rule
{
    public override void Define()
    {
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == EmploymentSubsidyPrograms.PlatformReward)
            .Match<Organisation>(o => o.PlatformCertified.Value, o => o.FoundersHelped.Value > 0);

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "platform-reward"));
    }
}
