using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 三(四)：“审核申请人居住地所在街道办事处或乡镇人民政府在规定时间内告知审核申请人审核结果，为符合条件的适龄儿童少年开具在京就读证明，
/// 并在学龄人口信息采集系统或初中入学服务系统上进行确认。通过审核的申请人到“北京市学龄人口信息采集系统”中打印《学龄人口信息采集表》。
/// 审核过程中的特殊问题由区联合审核小组共同协商解决，不能通过协商解决的呈报至区非本市户籍适龄儿童少年入学证明证件材料审核工作联席会议协调解决。”
/// </summary>
[Name("school-enrolment/27-3-4/review-result")]
[Description("街道办事处或乡镇人民政府告知审核结果，开具在京就读证明")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "三(四)")]
public sealed class ReviewResultNoticeRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == SchoolEnrolmentPrograms.NonBeijingPrimary);

        Then()
            .Yield(_ => new Notice(SchoolEnrolmentPrograms.NonBeijingPrimary, "five-certificates-result"));
    }
}
