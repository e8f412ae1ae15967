using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Other;

/// <summary>
/// 门政办发〔2017〕26号 三(一)5：“对持有烈士子女、台籍学生、华侨子女、现役军人子女、全国劳动模范子女身份证明的适龄儿童和已完成小学教育的学生，按相关规定，在同等条件下给予照顾。”
/// The preference is held by proof of the status (“持有……身份证明”): the proof of the child's own status goes on
/// the checklist. A rule of its own, because its output depends on the answer: while the status is unanswered it
/// can only be a possible document, never a possible eligibility.
/// </summary>
[Name("school-enrolment/26-3-1-5/preference-proof")]
[Description("照顾须持有相应的身份证明")]
[Cites(SchoolEnrolmentSources.Implementation, "三(一)5")]
public sealed class PreferenceProofRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child, c => c.PreferenceStatus.Value != PreferenceStatus.None);

        Then()
            .Yield(_ => new DocumentRequired(SchoolEnrolmentPrograms.Preference, child.PreferenceProofDocument()));
    }
}
