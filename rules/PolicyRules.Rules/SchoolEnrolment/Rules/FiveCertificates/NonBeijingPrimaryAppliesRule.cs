using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 二：“依据相关文件，非本市户籍的适龄儿童少年，因父母或者其他法定监护人在本区工作并居住，需要在本区接受义务教育的，
/// 由其父母或其他法定监护人（以下简称审核申请人）持……“五证”，到居住地所在街道办事处或乡镇人民政府审核。……
/// 2017年审核年满6周岁（2011年8月31日以前出生）的非本市户籍、且需要在本区就读小学一年级的适龄儿童的“五证”。”
/// Children treated as Beijing hukou holders (26号 三(一)4) take that route instead.
/// </summary>
[Name("school-enrolment/27-2/non-beijing-primary-applies")]
[Description("非本市户籍儿童需要在本区就读小学一年级")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "二")]
public sealed class NonBeijingPrimaryAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Pupil>(
                c => c.Stage.Value == SchoolStage.Primary,
                c => c.Hukou.Value == HukouLocation.OutsideBeijing,
                c => c.TreatedAsBeijingBasis.Value == TreatedAsBeijingBasis.None);

        Then()
            .Yield(_ => new ProgramApplies(SchoolEnrolmentPrograms.NonBeijingPrimary));
    }
}
