using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.VeteranPlacement.Facts;

namespace PolicyRules.Rules.VeteranPlacement.Rules.Conscripts;

/// <summary>
/// 门政办发〔2017〕25号 二(二)10：“根据《北京市征兵工作条例》，我区义务兵年优待金3万元/年/人调整为3.06万元/年/人发放……并根据北京市民政局的
/// 政策以及我区城镇居民人均收入适时进行调整。” 我区义务兵: enlisted from Mentougou (interpretation VP-DISTRICT-CONSCRIPT).
/// </summary>
[Name("veteran-placement/25-2-2-10/conscript-allowance")]
[Description("本区义务兵年优待金3.06万元/年/人")]
[Program(VeteranPlacementPrograms.ConscriptAllowance)]
[Cites(VeteranPlacementSources.District, "二(二)10")]
public sealed class ConscriptAllowanceRule : Rule
{
    public override void Define()
    {
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == VeteranPlacementPrograms.ConscriptAllowance)
            .Match<Conscript>(c => c.FromDistrict.Value);

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "conscript-allowance"));
    }
}
