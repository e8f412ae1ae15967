using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Residents;

/// <summary>
/// 门政办发〔2017〕2号 四(一)1：“街道办事处、镇人民政府负责统筹规划社区养老服务驿站的设置。……原则上以“一刻钟服务圈”进行服务范围测算……农村地区养老服务驿站设置原则上按照村委会设置……”
/// The district's stations serve the older people of its communities and villages; the text sets no age or means test.
/// </summary>
[Name("elderly-care-stations/2-4-1-1/services-applies")]
[Description("老人住在门头沟区，由所在街道、镇统筹设置的驿站就近服务")]
[Program(ElderlyCareStationsPrograms.Services)]
[Cites(ElderlyCareStationsSources.Stations, "四(一)1")]
public sealed class ServicesAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == EnquirerRole.Elder)
            .Match<Elder>(e => e.LivesInDistrict.Value);

        Then()
            .Yield(_ => new ProgramApplies(ElderlyCareStationsPrograms.Services));
    }
}
