using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts;
using PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Operator;

/// <summary>
/// 门政办发〔2017〕2号 四(四)1：“企业法人。社区养老服务驿站可以在工商部门注册登记为企业法人。对采取多址运营的，由属地街道办事处、镇政府确定 1 个登记注册的法人企业进行驿站登记，并明确加盟服务点的全部运营场所。”
/// </summary>
[Name("elderly-care-stations/2-4-4-1/enterprise")]
[Description("运营方是在工商部门登记的企业法人")]
[Program(ElderlyCareStationsPrograms.Operator)]
[Cites(ElderlyCareStationsSources.Stations, "四(四)1")]
public sealed class EnterpriseOperatorRule : Rule
{
    public override void Define()
    {
        StationOperator runner = default!;

        When()
            .Match<ProgramApplies>(p => p.Program == ElderlyCareStationsPrograms.Operator)
            .Match(() => runner, o => o.LegalForm.Value == LegalForm.Enterprise);

        Then()
            .Yield(_ => new OperatorQualified(runner))
            .Yield(_ => new Notice(ElderlyCareStationsPrograms.Operator, "multi-site-registration"));
    }
}
