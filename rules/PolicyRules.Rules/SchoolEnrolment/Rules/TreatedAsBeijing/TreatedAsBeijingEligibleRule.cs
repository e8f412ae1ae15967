using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.TreatedAsBeijing;

/// <summary>
/// 门政办发〔2017〕26号 三(一)4：“持有区教委开具的《台胞子女就读批准书》、全国博士后管理部门开具的《博士后研究人员子女介绍信》及其父（或母）的《进站函》、部队师（旅）级政治部开具的随军家属证明及现役军人证件、区侨务部门开具的《华侨子女来京接受义务教育证明信》、持有街道办事处开具《子女关系证明信》及其父（或母）本市户口簿的适龄儿童少年，以及持有政府人事部门签发有效的《北京市工作居住证》等各类人员子女中的适龄儿童少年按本市户籍对待。”
/// “在小学入学工作中符合上述条件学生的资格审核、认定工作由门头沟区教委小幼科在规定时间内统一完成。”
/// The child must be of age (三(一)1, “适龄儿童少年”), the document must meet the conditions the clause attaches to it
/// (<see cref="TreatedAsBeijingProven"/>), and the separate collection and the 小幼科 check must be kept (三(二)1, 附件).
/// A child whose document fails is refused here and takes the 五证 route (interpretation SE-TREATED-AS-FALLBACK).
/// </summary>
[Name("school-enrolment/26-3-1-4/treated-as-beijing")]
[Description("持有按本市户籍对待证明的适龄儿童按本市户籍对待")]
[Program(SchoolEnrolmentPrograms.TreatedAsBeijingPrimary)]
[Cites(SchoolEnrolmentSources.Implementation, "三(一)4")]
public sealed class TreatedAsBeijingEligibleRule : Rule
{
    public override void Define()
    {
        ProgramApplies route = default!;
        Pupil child = default!;

        When()
            .Match(() => route, p => p.Program == SchoolEnrolmentPrograms.TreatedAsBeijingPrimary)
            .Match(() => child)
            .Match<TreatedAsBeijingProven>(p => p.Pupil == child)
            .Match<OfEntryAge>(a => a.Pupil == child)
            .Match<InformationCollectedInTime>(i => i.Pupil == child);

        Then()
            .Yield(_ => new ProgramEligible(route.Program));
    }
}
