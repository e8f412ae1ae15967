using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Other;

/// <summary>
/// 门政办发〔2017〕26号 三(一)5：“对持有烈士子女、台籍学生、华侨子女、现役军人子女、全国劳动模范子女身份证明的适龄儿童和已完成小学教育的学生，按相关规定，在同等条件下给予照顾。”
/// What the preference consists of is left to “相关规定”, which are not among the sources; the proof of the status
/// goes on the checklist by <see cref="PreferenceProofRule"/>. “持有……身份证明的”: holding the proof is a condition, asked
/// after the status (the route).
/// </summary>
[Name("school-enrolment/26-3-1-5/preference")]
[Description("持有身份证明的，在同等条件下给予照顾")]
[Program(SchoolEnrolmentPrograms.Preference)]
[Cites(SchoolEnrolmentSources.Implementation, "三(一)5")]
public sealed class PreferenceRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child, c => c.PreferenceStatus.Value != PreferenceStatus.None)
            .Match<Pupil>(c => c == child, c => c.PreferenceProofHeld.Value);

        Then()
            .Yield(_ => new ProgramEligible(SchoolEnrolmentPrograms.Preference))
            .Yield(_ => new Notice(SchoolEnrolmentPrograms.Preference, "preference-when-equal"));
    }
}
