using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Junior;

/// <summary>
/// 门政办发〔2017〕26号 三(二)2(1)：“就近就读：各一般初中校根据家庭实际居住地和户口所在地就近接收本市户籍的小学毕业生（含按本市户籍对待的学生）。”
/// The parenthesis (repeated in 三(二)2(2)) admits graduates without Beijing hukou who hold one of the documents of
/// 三(一)4 to the junior routes as if they had it (interpretation SE-JUNIOR-TREATED-AS), when the document meets the
/// conditions the clause attaches to it (<see cref="TreatedAsBeijingProven"/>). The basis is asked only of a child whose
/// hukou is outside Beijing.
/// </summary>
[Name("school-enrolment/26-3-2-2-1/treated-as-beijing-graduate")]
[Description("非本市户籍的小学毕业生持有按本市户籍对待的证明")]
[Cites(SchoolEnrolmentSources.Implementation, "三(二)2(1)")]
public sealed class TreatedAsBeijingGraduateRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child,
                c => c.Stage.Value == SchoolStage.JuniorSecondary,
                c => c.Hukou.Value == HukouLocation.OutsideBeijing,
                c => c.TreatedAsBeijingBasis.Value != TreatedAsBeijingBasis.None)
            .Match<TreatedAsBeijingProven>(p => p.Pupil == child);

        Then()
            .Yield(_ => new BeijingGraduate(child));
    }
}
