using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Junior;

/// <summary>
/// 门政办发〔2017〕26号 三(一)2：“具有本市户籍且在门头沟区完成小学教育的学生……按照就近就读、单校划片或多校划片的办法到相应初中学校继续接受义务教育。”
/// Unless another district has registered the graduate (三(二)2(5): “本区不再保留其初中入学资格”, <see cref="PlaceKept"/>).
/// </summary>
[Name("school-enrolment/26-3-1-2/completed-in-district")]
[Description("在门头沟区完成小学教育")]
[Cites(SchoolEnrolmentSources.Implementation, "三(一)2")]
public sealed class CompletedPrimaryInDistrictRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child, c => c.PrimaryCompletion.Value == PrimaryCompletion.Mentougou)
            .Match<BeijingGraduate>(g => g.Pupil == child)
            .Match<PlaceKept>(k => k.Pupil == child);

        Then()
            .Yield(_ => new JuniorEntryBasis(child));
    }
}
