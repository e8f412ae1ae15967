using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Startup;

/// <summary>
/// 西政发〔2017〕13号 三(一)：“……本区户籍的……复员转业退役军人……” Discharged conscripts, NCOs and officers (interpretation ES-VETERAN).
/// </summary>
[Name("employment-subsidy/13-3-1/borrower-veteran")]
[Description("本区户籍的复员转业退役军人")]
[Priority(20)]
[Cites(EmploymentSubsidySources.Opinion, "三(一)")]
public sealed class BorrowerVeteranRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Applicant>(a => a.HukouDistrict.Value == HukouDistrict.Xicheng, a => a.MilitaryService.Value == MilitaryService.Conscript || a.MilitaryService.Value == MilitaryService.Nco || a.MilitaryService.Value == MilitaryService.Officer);

        Then()
            .Yield(_ => new LoanBorrower());
    }
}
