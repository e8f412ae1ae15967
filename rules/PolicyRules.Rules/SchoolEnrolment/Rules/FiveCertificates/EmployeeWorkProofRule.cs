using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 四(一)1：“审核申请人受雇于用人单位的，应在门头沟区正常缴纳社会保险，且最近三个月应连续缴费（2017年2月至4月）。
/// 同时应提供半年以上（合同起始时间为2017年4月28日前）合法劳动合同或聘用合同或劳动关系证明原件及复印件（需加盖单位公章）。
/// 社保缴费证明显示的缴费人姓名和单位名称应与合同一致。”
/// “4月28日前” excludes the 28th (SE-BEFORE-APRIL-28-CONTRACT); “半年以上” is an agreed term of 6 months or more (SE-HALF-YEAR).
/// </summary>
[Name("school-enrolment/27-4-1-1/employee-work-proof")]
[Description("受雇于用人单位：在本区连续缴纳社保，半年以上劳动合同在4月28日前开始，姓名和单位一致")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "四(一)1")]
public sealed class EmployeeWorkProofRule : Rule
{
    public override void Define()
    {
        PolicyContext<SchoolEnrolmentParameters> at = default!;
        Employment work = default!;

        When()
            .Match(() => at)
            .Match(() => work, e => e.Kind.Value == EmploymentKind.Employee)
            .Match<Employment>(
                e => e == work,
                e => e.SocialInsuranceInDistrict.Value,
                e => e.InsurancePaidEveryRequiredMonth.Value,
                e => e.ContractStartsBefore(at.Parameters.ContractStartBefore),
                e => e.ContractRunsAtLeast(at.Parameters.MinimumContractMonths),
                e => e.NamesMatchContract.Value);

        Then()
            .Yield(_ => new WorkProofMet(work));
    }
}
