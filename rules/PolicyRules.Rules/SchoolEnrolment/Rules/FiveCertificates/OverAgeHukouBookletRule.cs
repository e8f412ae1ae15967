using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 四(三)3：“如果儿童超龄，应提供户籍所在地街道办事处或乡镇人民政府或县级人民政府教育行政部门出具的未在当地就读一年级的证明，
/// 并说明未按时入学原因。同时填写提交《非本市户籍超龄儿童情况表》(此表采用区教委统一印制的规范文本)，并提供相关证明材料如医院病历或幼儿园证明等。”
/// Over age is derived from the birth date (<see cref="OverAgeRule"/>); what the text needs to know is the prior schooling:
/// a child who already attended grade 1 at home cannot get the certificate (三(三)4: “超龄儿童少年是否已在原籍入学由教育行政部门审核”).
/// With the check of 四(三)1 (ages on the booklet and the birth certificate agree) and 四(三)2.
/// </summary>
[Name("school-enrolment/27-4-3-3/over-age-hukou-booklet")]
[Description("超龄儿童：未在户籍所在地就读一年级，户口簿上年龄与出生证明一致")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "四(三)3")]
public sealed class OverAgeHukouBookletRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child)
            .Match<OverAge>(o => o.Pupil == child)
            .Match<Pupil>(c => c == child, c => !c.AttendedGradeOneAtHome.Value)
            .Match<Family>(f => f.BookletAgeMatchesBirthCertificate.Value)
            .Match<BookletsLinkChild>();

        Then()
            .Yield(_ => new HukouBookletMet(child));
    }
}
