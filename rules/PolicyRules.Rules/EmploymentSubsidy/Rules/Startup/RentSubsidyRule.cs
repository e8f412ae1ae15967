using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Startup;

/// <summary>
/// 西政发〔2017〕13号 三(三)：“……提供创业服务并帮助其实现创业的，……同时给予创业者每年不超过2万元的房租（工位）补贴，最长不超过3年。”
/// </summary>
[Name("employment-subsidy/13-3-3/rent-subsidy")]
[Description("贴息借款人经认定的创业服务平台帮助实现创业，房租（工位）补贴每年不超过2万元，最长3年")]
[Program(EmploymentSubsidyPrograms.FounderRentSubsidy)]
[Cites(EmploymentSubsidySources.Opinion, "三(三)")]
public sealed class RentSubsidyRule : Rule
{
    public override void Define()
    {
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == EmploymentSubsidyPrograms.FounderRentSubsidy)
            .Match<LoanBorrower>()
            .Match<Business>(b => b.PlatformHelped.Value);

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "rent-subsidy"))
            .Yield(_ => new DocumentRequired(applies.Program, "lease"));
    }
}
