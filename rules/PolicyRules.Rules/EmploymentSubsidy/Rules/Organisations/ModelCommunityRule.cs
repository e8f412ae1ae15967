using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Organisations;

/// <summary>
/// 西政发〔2017〕13号 六(二)：“……评定为充分就业示范社区的，每年给予2万元就业活动经费……” The 2万元 replaces the 1万元 (interpretation ES-MODEL-COMMUNITY).
/// </summary>
[Name("employment-subsidy/13-6-2/model-community")]
[Description("评定为充分就业示范社区，每年2万元就业活动经费")]
[Program(EmploymentSubsidyPrograms.FullEmploymentFunds)]
[Cites(EmploymentSubsidySources.Opinion, "六(二)")]
public sealed class ModelCommunityRule : Rule
{
    public override void Define()
    {
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == EmploymentSubsidyPrograms.FullEmploymentFunds)
            .Match<Organisation>(o => o.Kind.Value == OrganisationKind.Community, o => o.CommunityRating.Value == FullEmploymentRating.Model);

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "model-community"));
    }
}
