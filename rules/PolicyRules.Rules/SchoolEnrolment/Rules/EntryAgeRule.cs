using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules;

/// <summary>
/// 门政办发〔2017〕26号 三(一)1：“凡年满6周岁（2011年8月31日以前出生）的……适龄儿童……”；
/// 27号 二 repeats the age for the 五证 checks. 以前 includes the day itself (interpretation SE-AGE-CUTOFF).
/// </summary>
[Name("school-enrolment/26-3-1-1/of-entry-age")]
[Description("孩子年满6周岁")]
[Cites(SchoolEnrolmentSources.Implementation, "三(一)1")]
public sealed class EntryAgeRule : Rule
{
    public override void Define()
    {
        PolicyContext<SchoolEnrolmentParameters> at = default!;
        Child person = default!;
        Pupil child = default!;

        When()
            .Match(() => at)
            .Match(() => person, c => c.IsBornOnOrBefore(at.Parameters.EntryBirthCutoff))
            .Match(() => child);

        Then()
            .Yield(_ => new OfEntryAge(child));
    }
}
