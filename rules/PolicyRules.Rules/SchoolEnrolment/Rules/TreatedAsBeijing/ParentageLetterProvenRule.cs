using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.TreatedAsBeijing;

/// <summary>
/// 门政办发〔2017〕26号 三(一)4：“持有区教委开具的《台胞子女就读批准书》、全国博士后管理部门开具的《博士后研究人员子女介绍信》及其父（或母）的《进站函》、部队师（旅）级政治部开具的随军家属证明及现役军人证件、区侨务部门开具的《华侨子女来京接受义务教育证明信》、持有街道办事处开具《子女关系证明信》及其父（或母）本市户口簿的适龄儿童少年，以及持有政府人事部门签发有效的《北京市工作居住证》等各类人员子女中的适龄儿童少年按本市户籍对待。”
/// This rule: the parentage letter counts only with the father's or mother's Beijing hukou booklet, which is asked.
/// </summary>
[Name("school-enrolment/26-3-1-4/parentage-letter-proven")]
[Description("持有《子女关系证明信》及父（或母）本市户口簿")]
[Cites(SchoolEnrolmentSources.Implementation, "三(一)4")]
public sealed class ParentageLetterProvenRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child,
                c => c.Hukou.Value == HukouLocation.OutsideBeijing,
                c => c.TreatedAsBeijingBasis.Value == TreatedAsBeijingBasis.ParentageLetter)
            .Match<TreatedAsBeijingProof>(p => p.ParentBeijingHukouBooklet.Value);

        Then()
            .Yield(_ => new TreatedAsBeijingProven(child));
    }
}
