using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 四(一)1：“审核申请人受雇于用人单位的，应在门头沟区正常缴纳社会保险，且最近三个月应连续缴费（2017年2月至4月）。
/// 同时应提供半年以上（合同起始时间为2017年4月28日前）合法劳动合同或聘用合同或劳动关系证明原件及复印件（需加盖单位公章）。
/// 社保缴费证明显示的缴费人姓名和单位名称应与合同一致。”
/// The checklist follows from the route alone, before the checks are settled.
/// </summary>
[Name("school-enrolment/27-4-1-1/employee-documents")]
[Description("受雇者须带劳动合同和社保缴费证明")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "四(一)1")]
public sealed class EmployeeDocumentsRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == SchoolEnrolmentPrograms.NonBeijingPrimary)
            .Match<Employment>(e => e.Kind.Value == EmploymentKind.Employee);

        Then()
            .Yield(_ => new DocumentRequired(SchoolEnrolmentPrograms.NonBeijingPrimary, "labour-contract"))
            .Yield(_ => new DocumentRequired(SchoolEnrolmentPrograms.NonBeijingPrimary, "social-insurance-record"));
    }
}
