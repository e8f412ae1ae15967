using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Organisations;

/// <summary>
/// 西政发〔2017〕13号 六(一)：“区社会保障和就业工作联席会议办公室每年……开展对街道年度就业再就业重点工作完成情况的考核。”
/// </summary>
[Name("employment-subsidy/13-6-1/street-funds-applies")]
[Description("街道办事处")]
[Program(EmploymentSubsidyPrograms.StreetEmploymentFunds)]
[Cites(EmploymentSubsidySources.Opinion, "六(一)")]
public sealed class StreetFundsAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == JobsRole.Organisation)
            .Match<Organisation>(o => o.Kind.Value == OrganisationKind.StreetOffice);

        Then()
            .Yield(_ => new ProgramApplies(EmploymentSubsidyPrograms.StreetEmploymentFunds));
    }
}
