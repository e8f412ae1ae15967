using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Support;

/// <summary>
/// 门政办发〔2017〕2号 五：“根据社区养老服务驿站建设项目的现有状态、设施来源、建设规模、服务能力等方面综合评审，给予相应的补助扶持。”
/// 五1–4 name a one-time municipal subsidy to be sought (争取) after a third-party accounting review, and no amount: the report names none (interpretation ECS-MUNICIPAL-SUBSIDY).
/// </summary>
[Name("elderly-care-stations/2-5/municipal-subsidy")]
[Description("经评审后争取市级一次性补助，原文未规定金额")]
[Program(ElderlyCareStationsPrograms.MunicipalSubsidy)]
[Cites(ElderlyCareStationsSources.Stations, "五")]
public sealed class MunicipalSubsidyRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == ElderlyCareStationsPrograms.MunicipalSubsidy)
            .Match<ProjectSubmittable>();

        Then()
            .Yield(_ => new ProgramEligible(ElderlyCareStationsPrograms.MunicipalSubsidy))
            .Yield(_ => new Notice(ElderlyCareStationsPrograms.MunicipalSubsidy, "no-amount"));
    }
}
