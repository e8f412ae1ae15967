using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.VeteranPlacement.Rules.GovernmentPlacement;

/// <summary>门政办发〔2017〕25号 二(一)3：“凡是符合政府安排工作条件的……退役士兵……”: the reward concerns veterans placed by the government.</summary>
[Name("veteran-placement/25-2-1-3/self-found-unit-applies")]
[Description("由政府安排工作的退役士兵")]
[Program(VeteranPlacementPrograms.SelfFoundUnitReward)]
[Cites(VeteranPlacementSources.District, "二(一)3")]
public sealed class SelfFoundUnitAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramEligible>(p => p.Program == VeteranPlacementPrograms.GovernmentPlacement);

        Then()
            .Yield(_ => new ProgramApplies(VeteranPlacementPrograms.SelfFoundUnitReward));
    }
}
