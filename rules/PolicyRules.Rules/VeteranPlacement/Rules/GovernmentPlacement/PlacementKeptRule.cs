using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.VeteranPlacement.Facts;
using PolicyRules.Rules.VeteranPlacement.Facts.Derived;

namespace PolicyRules.Rules.VeteranPlacement.Rules.GovernmentPlacement;

/// <summary>
/// 门政办发〔2017〕25号 三(三)：“符合政府安置条件的退役士兵要自觉服从工作安排，连续三次不参加区双拥办提供的招录考试的，
/// 视为自动放弃安置工作待遇；在待安排工作期间被依法追究刑事责任的，取消安置资格。” A veteran on the government track keeps
/// the entitlement unless he missed three exams in a row (three included: interpretation VP-THREE-EXAMS) or was held
/// criminally liable while waiting. Losing it does not open the self-employment track (interpretation VP-FORFEIT).
/// </summary>
[Name("veteran-placement/25-3-3/placement-kept")]
[Description("未连续三次不参加招录考试，待安排工作期间未被追究刑事责任")]
[Program(VeteranPlacementPrograms.GovernmentPlacement)]
[Cites(VeteranPlacementSources.District, "三(三)")]
public sealed class PlacementKeptRule : Rule
{
    public override void Define()
    {
        PolicyContext<VeteranPlacementParameters> at = default!;
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == VeteranPlacementPrograms.GovernmentPlacement)
            .Match<GovernmentTrack>()
            .Match(() => at)
            .Match<Placement>(
                p => p.ConsecutiveExamsMissed.Value < at.Parameters.ForfeitConsecutiveExams,
                p => !p.CriminalLiabilityWhileWaiting.Value);

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new Notice(applies.Program, "obey-assignment"));
    }
}
