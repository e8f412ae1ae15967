using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts;
using PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Operator;

/// <summary>
/// 门政办发〔2017〕2号 四(四)2：“非企业法人。社区养老服务驿站可在区民政局注册登记为民办非企业，遵循“统一法人、统一章程、统一财务、统一管理体系”的原则，在门头沟区行政区划范围内开展多点服务。”
/// </summary>
[Name("elderly-care-stations/2-4-4-2/private-non-enterprise")]
[Description("运营方是在区民政局登记的民办非企业单位")]
[Program(ElderlyCareStationsPrograms.Operator)]
[Cites(ElderlyCareStationsSources.Stations, "四(四)2")]
public sealed class PrivateNonEnterpriseOperatorRule : Rule
{
    public override void Define()
    {
        StationOperator runner = default!;

        When()
            .Match<ProgramApplies>(p => p.Program == ElderlyCareStationsPrograms.Operator)
            .Match(() => runner, o => o.LegalForm.Value == LegalForm.PrivateNonEnterprise);

        Then()
            .Yield(_ => new OperatorQualified(runner))
            .Yield(_ => new Notice(ElderlyCareStationsPrograms.Operator, "unified-management"));
    }
}
