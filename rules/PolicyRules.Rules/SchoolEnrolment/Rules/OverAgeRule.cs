using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules;

/// <summary>
/// 门政办发〔2017〕26号 三(二)1：“……超龄儿童……的信息需到区考试中心单独采集。”27号 四(三)3：“如果儿童超龄，……”
/// Neither text defines 超龄: a child is over age when already of age a year earlier, by the entry age of 三(一)1 (年满6周岁,
/// 8月31日以前出生) applied to the previous round (interpretation SE-OVER-AGE). It follows from the birth date and is never asked.
/// </summary>
[Name("school-enrolment/26-3-2-1/over-age")]
[Description("孩子超龄（往年已到入学年龄）")]
[Cites(SchoolEnrolmentSources.Implementation, "三(二)1")]
public sealed class OverAgeRule : Rule
{
    public override void Define()
    {
        PolicyContext<SchoolEnrolmentParameters> at = default!;
        Pupil child = default!;

        When()
            .Match(() => at)
            .Match(() => child, c => c.Stage.Value == SchoolStage.Primary)
            .Match<Child>(c => c.IsBornOnOrBefore(at.Parameters.OverAgeBirthCutoff));

        Then()
            .Yield(_ => new OverAge(child));
    }
}
