using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Organisations;

/// <summary>
/// 西政发〔2017〕13号 六(二)：“……对认定为充分就业街道的，每年给予5万元就业活动经费。”
/// </summary>
[Name("employment-subsidy/13-6-2/full-employment-street")]
[Description("认定为充分就业街道，每年5万元就业活动经费")]
[Program(EmploymentSubsidyPrograms.FullEmploymentFunds)]
[Cites(EmploymentSubsidySources.Opinion, "六(二)")]
public sealed class FullEmploymentStreetRule : Rule
{
    public override void Define()
    {
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == EmploymentSubsidyPrograms.FullEmploymentFunds)
            .Match<Organisation>(o => o.Kind.Value == OrganisationKind.StreetOffice, o => o.StreetFullEmployment.Value);

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "full-employment-street"));
    }
}
