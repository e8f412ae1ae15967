using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Organisations;

/// <summary>
/// 西政发〔2017〕13号 六(二)：“……每年对申请充分就业社区、充分就业示范社区和充分就业街道的地区进行实地检查和验收。”
/// </summary>
[Name("employment-subsidy/13-6-2/community-applies")]
[Description("社区")]
[Program(EmploymentSubsidyPrograms.FullEmploymentFunds)]
[Cites(EmploymentSubsidySources.Opinion, "六(二)")]
public sealed class FullEmploymentCommunityAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == JobsRole.Organisation)
            .Match<Organisation>(o => o.Kind.Value == OrganisationKind.Community);

        Then()
            .Yield(_ => new ProgramApplies(EmploymentSubsidyPrograms.FullEmploymentFunds));
    }
}
