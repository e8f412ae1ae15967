using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 二：“……由其父母或其他法定监护人（以下简称审核申请人）持“本人在本区务工就业证明、在本区实际住所居住证明、全家户口簿、
/// 在本区居住证（或有效期内居住登记卡或暂住证）、户籍所在地街道办事处或乡镇人民政府出具的在当地没有监护条件的证明”等相关材料（以下简称“五证”），
/// 到居住地所在街道办事处或乡镇人民政府审核。通过审核后参加学龄人口信息采集……
/// 2017年审核年满6周岁（2011年8月31日以前出生）的非本市户籍、且需要在本区就读小学一年级的适龄儿童的“五证”。”
/// All five certificates are required (interpretation SE-WORK-OR-AND-LIVE), with the online registration of 三(一), the
/// review window of 三(二) and, for an over-age child, the separate collection (26号 三(二)1). The age is the one this
/// clause states (<see cref="FiveCertificatesAgeRule"/>); the work certificate is both “双方均在京工作” and one of 四(一)1–3.
/// The goal is built from the matched route, not a constant, so that each possible match (one per combination of
/// possible routes) yields its own possible fact and the missing answers of every route are reported.
/// </summary>
[Name("school-enrolment/27-2/five-certificates")]
[Description("年满6周岁，已网上登记注册，“五证”均符合审核标准")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "二")]
public sealed class FiveCertificatesEligibleRule : Rule
{
    public override void Define()
    {
        ProgramApplies route = default!;
        Pupil child = default!;

        When()
            .Match(() => route, p => p.Program == SchoolEnrolmentPrograms.NonBeijingPrimary)
            .Match(() => child)
            .Match<OfReviewAge>(a => a.Pupil == child)
            .Match<RegisteredOnlineInTime>(r => r.Pupil == child)
            .Match<FiveCertificatesSubmittedInTime>()
            .Match<ParentsWorkInBeijing>()
            .Match<WorkProofMet>()
            .Match<ResidenceProofMet>()
            .Match<HukouBookletMet>(h => h.Pupil == child)
            .Match<ResidencePermitMet>()
            .Match<NoGuardianshipProofMet>()
            .Match<FiveCertificatesCollectionKept>(k => k.Pupil == child);

        Then()
            .Yield(_ => new ProgramEligible(route.Program));
    }
}
