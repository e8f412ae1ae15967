using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules;

/// <summary>
/// 门政办发〔2017〕26号 三(二)1 and 27号 四(三)3 speak of 超龄儿童; this rule derives the other side: a child entering grade 1 born
/// after the over-age cut-off (interpretation SE-OVER-AGE). A fact of its own, so that rules for a child who is not over age
/// match it rather than negate <see cref="OverAge"/> (the rules stay monotone: matches and yields only).
/// </summary>
[Name("school-enrolment/26-3-2-1/not-over-age")]
[Description("孩子不超龄（当年才到入学年龄）")]
[Cites(SchoolEnrolmentSources.Implementation, "三(二)1")]
public sealed class NotOverAgeRule : Rule
{
    public override void Define()
    {
        PolicyContext<SchoolEnrolmentParameters> at = default!;
        Pupil child = default!;

        When()
            .Match(() => at)
            .Match(() => child, c => c.Stage.Value == SchoolStage.Primary)
            .Match<Child>(c => !c.IsBornOnOrBefore(at.Parameters.OverAgeBirthCutoff));

        Then()
            .Yield(_ => new NotOverAge(child));
    }
}
