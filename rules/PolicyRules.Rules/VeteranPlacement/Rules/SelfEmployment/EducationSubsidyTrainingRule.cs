using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.VeteranPlacement.Facts;

namespace PolicyRules.Rules.VeteranPlacement.Rules.SelfEmployment;

/// <summary>
/// 门政办发〔2017〕25号 二(二)7：“……退役1年以上考入全日制普通高等学校或者参加职业培训的,按规定给予资助或者补贴。” The route
/// “参加职业培训”. 1年以上 includes the first anniversary (interpretation VP-ONE-YEAR); the amounts are set by rules the text
/// does not give, so none is computed.
/// </summary>
[Name("veteran-placement/25-2-2-7/education-subsidy-training")]
[Description("退役1年以上参加职业培训，按规定给予资助或者补贴")]
[Program(VeteranPlacementPrograms.EducationSubsidy)]
[Cites(VeteranPlacementSources.District, "二(二)7")]
public sealed class EducationSubsidyTrainingRule : Rule
{
    public override void Define()
    {
        PolicyContext<VeteranPlacementParameters> at = default!;
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == VeteranPlacementPrograms.EducationSubsidy)
            .Match(() => at)
            .Match<Applicant>(a => a.IsYearsAfterDischarge(at.Parameters.EducationWindowYears, at.Date))
            .Match<CivilianLife>(c => c.VocationalTraining.Value);

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new Notice(applies.Program, "subsidy-per-rules"));
    }
}
