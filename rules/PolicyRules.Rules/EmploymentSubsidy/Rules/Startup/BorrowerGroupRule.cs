using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Startup;

/// <summary>
/// 西政发〔2017〕13号 三(一)：“……高校毕业生（含大学生村官和留学回国学生）、化解过剩产能企业职工、建档立卡贫困人员或网络商户创业者（以上各类人员统称贴息借款人）……”
/// </summary>
[Name("employment-subsidy/13-3-1/borrower-group")]
[Description("本区户籍的高校毕业生、化解过剩产能企业职工、建档立卡贫困人员或网络商户创业者")]
[Priority(20)]
[Cites(EmploymentSubsidySources.Opinion, "三(一)")]
public sealed class BorrowerGroupRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Applicant>(a => a.HukouDistrict.Value == HukouDistrict.Xicheng)
            .Match<JobSeeker>(s => s.SupportGroup.Value == SupportGroup.Graduate || s.SupportGroup.Value == SupportGroup.OvercapacityWorker || s.SupportGroup.Value == SupportGroup.RegisteredPoor || s.SupportGroup.Value == SupportGroup.OnlineMerchant);

        Then()
            .Yield(_ => new LoanBorrower());
    }
}
