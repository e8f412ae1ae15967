using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Junior;

/// <summary>
/// 门政办发〔2017〕26号 三(一)2：“……已经办理回门头沟区升入初中手续的在本市外区及外省市完成小学教育的学生，按照就近就读、单校划片或多校划片的办法到相应初中学校继续接受义务教育。”
/// Unless another district has registered the graduate (三(二)2(5), <see cref="PlaceKept"/>).
/// </summary>
[Name("school-enrolment/26-3-1-2/return-procedure-done")]
[Description("在外区或外省市完成小学教育，已办理回门头沟区升入初中手续")]
[Cites(SchoolEnrolmentSources.Implementation, "三(一)2")]
public sealed class ReturnProcedureDoneRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child, c => c.PrimaryCompletion.Value == PrimaryCompletion.ElsewhereWithReturnProcedure)
            .Match<BeijingGraduate>(g => g.Pupil == child)
            .Match<PlaceKept>(k => k.Pupil == child);

        Then()
            .Yield(_ => new JuniorEntryBasis(child));
    }
}
