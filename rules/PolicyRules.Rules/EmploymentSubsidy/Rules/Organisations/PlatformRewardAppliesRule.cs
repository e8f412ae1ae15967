using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Organisations;

/// <summary>
/// 西政发〔2017〕13号 三(三)：“经认定的创业服务平台为……提供创业服务……”
/// </summary>
[Name("employment-subsidy/13-3-3/platform-reward-applies")]
[Description("创业服务平台")]
[Program(EmploymentSubsidyPrograms.PlatformReward)]
[Cites(EmploymentSubsidySources.Opinion, "三(三)")]
public sealed class PlatformRewardAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == JobsRole.Organisation)
            .Match<Organisation>(o => o.Kind.Value == OrganisationKind.StartupPlatform);

        Then()
            .Yield(_ => new ProgramApplies(EmploymentSubsidyPrograms.PlatformReward));
    }
}
