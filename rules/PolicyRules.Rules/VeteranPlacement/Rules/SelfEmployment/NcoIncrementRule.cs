using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.VeteranPlacement.Rules.SelfEmployment;

/// <summary>
/// 门政办发〔2017〕25号 二(三)11：“士官在义务兵补助标准的基础上，选改士官后服役时间增加1年，增发5%。” 5% of the conscript
/// standard per full year served as an NCO, added to it (interpretations VP-NCO-YEARS and VP-INCREMENTS-ADDED).
/// </summary>
[Name("veteran-placement/25-2-3-11/nco-increment")]
[Description("士官选改士官后服役时间每增加1年，增发5%")]
[Cites(VeteranPlacementSources.District, "二(三)11")]
public sealed class NcoIncrementRule : Rule
{
    public override void Define()
    {
        ProgramEligible subsidy = default!;

        When()
            .Match(() => subsidy, p => p.Program == VeteranPlacementPrograms.SelfEmployment)
            .Match<Applicant>(a => a.MilitaryService.Value == MilitaryService.Nco);

        Then()
            .Yield(_ => new AmountGranted(subsidy.Program, "subsidy-nco-increment"));
    }
}
