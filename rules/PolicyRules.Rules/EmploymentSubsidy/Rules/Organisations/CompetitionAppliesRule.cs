using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Organisations;

/// <summary>
/// 西政发〔2017〕13号 四(三)：“鼓励区属国有企业开展职业技能竞赛活动。”
/// </summary>
[Name("employment-subsidy/13-4-3/competition-applies")]
[Description("区属国有企业")]
[Program(EmploymentSubsidyPrograms.SkillsCompetition)]
[Cites(EmploymentSubsidySources.Opinion, "四(三)")]
public sealed class CompetitionAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == JobsRole.Organisation)
            .Match<Organisation>(o => o.Kind.Value == OrganisationKind.DistrictStateOwned);

        Then()
            .Yield(_ => new ProgramApplies(EmploymentSubsidyPrograms.SkillsCompetition));
    }
}
