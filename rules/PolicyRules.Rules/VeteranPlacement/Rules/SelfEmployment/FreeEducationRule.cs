using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.VeteranPlacement.Rules.SelfEmployment;

/// <summary>
/// 门政办发〔2017〕25号 二(二)7：“退役1年内的自主就业退役士兵可按规定免费参加教育培训……” Counted from the discharge date to the
/// evaluation date; the first anniversary is still within the year (interpretation VP-ONE-YEAR).
/// </summary>
[Name("veteran-placement/25-2-2-7/free-education")]
[Description("退役1年内，可按规定免费参加教育培训")]
[Program(VeteranPlacementPrograms.FreeEducation)]
[Cites(VeteranPlacementSources.District, "二(二)7")]
public sealed class FreeEducationRule : Rule
{
    public override void Define()
    {
        PolicyContext<VeteranPlacementParameters> at = default!;
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == VeteranPlacementPrograms.FreeEducation)
            .Match(() => at)
            .Match<Applicant>(a => a.IsWithinYearsOfDischarge(at.Parameters.EducationWindowYears, at.Date));

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new DeadlineApplies(applies.Program, "free-education-window"));
    }
}
