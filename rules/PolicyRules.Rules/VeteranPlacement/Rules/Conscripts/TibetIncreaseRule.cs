using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.VeteranPlacement.Facts;

namespace PolicyRules.Rules.VeteranPlacement.Rules.Conscripts;

/// <summary>
/// 门政办发〔2017〕25号 二(二)10：“……进藏服役义务兵优待金在普通义务兵优待金的基础上增加2倍发放……” Twice the ordinary allowance on top
/// of it, three times in all (interpretation VP-TIBET).
/// </summary>
[Name("veteran-placement/25-2-2-10/tibet-increase")]
[Description("进藏服役义务兵优待金在普通义务兵优待金基础上增加2倍")]
[Cites(VeteranPlacementSources.District, "二(二)10")]
public sealed class TibetIncreaseRule : Rule
{
    public override void Define()
    {
        ProgramEligible allowance = default!;

        When()
            .Match(() => allowance, p => p.Program == VeteranPlacementPrograms.ConscriptAllowance)
            .Match<Conscript>(c => c.InTibet.Value);

        Then()
            .Yield(_ => new AmountGranted(allowance.Program, "tibet-increase"));
    }
}
