using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Types;

/// <summary>
/// 门政办发〔2017〕2号 四(五)1：“A 型驿站。主体服务区建筑面积原则上在 300m² 以上，每个加盟服务点建筑面积原则上不少于 60m²，总建筑面积控制在 800m² 以内；可设置床位 15 张以上，配备相应的管理人员、财务人员、医疗保健人员、养老护理员、工勤人员、社工、专职护士和应急支持人员；除具备基本服务功能外，应组织开展康复护理、心理咨询、法律咨询等延伸性服务，并根据老年人需求提供专业护理等个性化服务。”
/// </summary>
[Name("elderly-care-stations/2-4-5-1/type-a")]
[Description("符合A型驿站的建设标准")]
[Program(ElderlyCareStationsPrograms.TypeA)]
[Cites(ElderlyCareStationsSources.Stations, "四(五)1")]
public sealed class TypeAEligibleRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == ElderlyCareStationsPrograms.TypeA)
            .Match<SizeFits<TypeAStation>>()
            .Match<BedsFit<TypeAStation>>()
            .Match<StaffingFits<TypeAStation>>()
            .Match<FunctionsFit<TypeAStation>>();

        Then()
            .Yield(_ => new ProgramEligible(ElderlyCareStationsPrograms.TypeA));
    }
}
