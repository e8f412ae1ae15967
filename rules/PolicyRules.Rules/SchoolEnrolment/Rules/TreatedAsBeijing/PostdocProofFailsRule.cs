using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.TreatedAsBeijing;

/// <summary>
/// 门政办发〔2017〕26号 三(一)4：“……全国博士后管理部门开具的《博士后研究人员子女介绍信》及其父（或母）的《进站函》、部队师（旅）级政治部开具的随军家属证明及现役军人证件、……持有街道办事处开具《子女关系证明信》及其父（或母）本市户口簿的适龄儿童少年，以及持有政府人事部门签发有效的《北京市工作居住证》等各类人员子女中的适龄儿童少年按本市户籍对待。”
/// This rule: the referral letter without the parent's 《进站函》.
/// The failing side is a rule of its own (not a negation of <see cref="TreatedAsBeijingProven"/>), so the rules stay monotone;
/// such a child is not treated as Beijing hukou and may take the 五证 route (interpretation SE-TREATED-AS-FALLBACK).
/// </summary>
[Name("school-enrolment/26-3-1-4/postdoc-proof-fails")]
[Description("《博士后研究人员子女介绍信》没有父（或母）的《进站函》")]
[Cites(SchoolEnrolmentSources.Implementation, "三(一)4")]
public sealed class PostdocProofFailsRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child,
                c => c.Hukou.Value == HukouLocation.OutsideBeijing,
                c => c.TreatedAsBeijingBasis.Value == TreatedAsBeijingBasis.PostdocReferral)
            .Match<TreatedAsBeijingProof>(p => !p.PostdocStationLetter.Value);

        Then()
            .Yield(_ => new TreatedAsBeijingProofFails(child));
    }
}
