using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 二：“……非本市户籍的适龄儿童少年，因父母或者其他法定监护人在本区工作并居住，需要在本区接受义务教育的，……持……“五证”……审核。”
/// This rule: a child who holds a document of 26号 三(一)4 that does not meet its conditions (an expired 工作居住证, say) is not
/// treated as Beijing hukou, so is a non-Beijing child like any other (interpretation SE-TREATED-AS-FALLBACK).
/// </summary>
[Name("school-enrolment/27-2/non-beijing-without-valid-proof-applies")]
[Description("所持按本市户籍对待的证明不符合条件的非本市户籍儿童，走“五证”审核")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "二")]
public sealed class NonBeijingWithoutValidProofAppliesRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child,
                c => c.Stage.Value == SchoolStage.Primary,
                c => c.Hukou.Value == HukouLocation.OutsideBeijing,
                c => c.TreatedAsBeijingBasis.Value != TreatedAsBeijingBasis.None)
            .Match<TreatedAsBeijingProofFails>(f => f.Pupil == child);

        Then()
            .Yield(_ => new ProgramApplies(SchoolEnrolmentPrograms.NonBeijingPrimary));
    }
}
