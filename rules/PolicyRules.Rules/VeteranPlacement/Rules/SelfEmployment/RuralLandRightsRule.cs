using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.VeteranPlacement.Rules.SelfEmployment;

/// <summary>
/// 门政办发〔2017〕25号 二(三)13：“保障农村退役士兵合法权益。自主就业的退役士兵入伍前通过家庭承包方式承包的农村土地，承包期内不得违法收回
/// 或者强制流转……可以申请承包农村土地，村民委员会或者村民小组应当优先解决。” A rural hukou stands for membership of a rural
/// collective (interpretation VP-RURAL).
/// </summary>
[Name("veteran-placement/25-2-3-13/rural-land-rights")]
[Description("农村户口的自主就业退役士兵，承包土地权益受保护")]
[Program(VeteranPlacementPrograms.RuralLandRights)]
[Cites(VeteranPlacementSources.District, "二(三)13")]
public sealed class RuralLandRightsRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramEligible>(p => p.Program == VeteranPlacementPrograms.SelfEmployment)
            .Match<Applicant>(a => a.HukouType.Value == HukouType.Rural);

        Then()
            .Yield(_ => new ProgramApplies(VeteranPlacementPrograms.RuralLandRights))
            .Yield(_ => new ProgramEligible(VeteranPlacementPrograms.RuralLandRights))
            .Yield(_ => new Notice(VeteranPlacementPrograms.RuralLandRights, "land-rights"));
    }
}
