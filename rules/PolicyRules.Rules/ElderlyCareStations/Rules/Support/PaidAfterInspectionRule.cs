using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Support;

/// <summary>
/// 门政办发〔2017〕2号 七(三)：“项目建设。……属于政府财政投资建设的驿站项目……在设备购置上要严格履行政府采购程序。……建设完成后，经核查符合要求的，拨付补助资金；经核查不符合要求的，由项目建设方再行整改，整改合格后拨付补助资金。”
/// </summary>
[Name("elderly-care-stations/2-7-3/paid-after-inspection")]
[Description("建成经核查符合要求后拨付补助资金")]
[Program(ElderlyCareStationsPrograms.MunicipalSubsidy)]
[Cites(ElderlyCareStationsSources.Stations, "七(三)")]
public sealed class PaidAfterInspectionRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == ElderlyCareStationsPrograms.MunicipalSubsidy);

        Then()
            .Yield(_ => new Notice(ElderlyCareStationsPrograms.MunicipalSubsidy, "paid-after-inspection"));
    }
}
