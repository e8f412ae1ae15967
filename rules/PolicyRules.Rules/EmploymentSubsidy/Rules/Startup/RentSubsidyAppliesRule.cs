using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Startup;

/// <summary>
/// 西政发〔2017〕13号 三(三)：“经认定的创业服务平台为……提供创业服务并帮助其实现创业的……同时给予创业者……房租（工位）补贴”
/// </summary>
[Name("employment-subsidy/13-3-3/rent-subsidy-applies")]
[Description("创办了企业或个体工商户")]
[Program(EmploymentSubsidyPrograms.FounderRentSubsidy)]
[Cites(EmploymentSubsidySources.Opinion, "三(三)")]
public sealed class RentSubsidyAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == JobsRole.JobSeeker)
            .Match<Business>(b => b.Form.Value != BusinessForm.None);

        Then()
            .Yield(_ => new ProgramApplies(EmploymentSubsidyPrograms.FounderRentSubsidy));
    }
}
