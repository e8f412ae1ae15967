using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Junior;

/// <summary>
/// 门政办发〔2017〕26号 三(二)2(5)：“小学毕业生可以申请回户籍或家庭实际居住地所在区县升入初中。……由家长携带相关材料（出具监护人的房屋产权证及全家户口簿等有关证明）统一到区考试中心小招办公室办理审核手续……”
/// This rule: the checklist of a graduate going to the home district carries the guardian's title.
/// </summary>
[Name("school-enrolment/26-3-2-2-5/title-document")]
[Description("回家庭实际居住地所在区县的，须带监护人的房屋产权证")]
[Program(SchoolEnrolmentPrograms.JuniorReturnHome)]
[Cites(SchoolEnrolmentSources.Implementation, "三(二)2(5)")]
public sealed class ReturnTitleDocumentRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == SchoolEnrolmentPrograms.JuniorReturnHome)
            .Match<Pupil>(c => c.ReturnDestination.Value == ReturnDestination.ResidenceDistrict);

        Then()
            .Yield(_ => new DocumentRequired(SchoolEnrolmentPrograms.JuniorReturnHome, "guardian-property-title"));
    }
}
