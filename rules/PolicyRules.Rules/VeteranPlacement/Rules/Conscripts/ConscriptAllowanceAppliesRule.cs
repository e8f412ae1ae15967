using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.VeteranPlacement.Facts;

namespace PolicyRules.Rules.VeteranPlacement.Rules.Conscripts;

/// <summary>门政办发〔2017〕25号 二(二)10：“……我区义务兵年优待金……”: the family of a serving conscript.</summary>
[Name("veteran-placement/25-2-2-10/conscript-allowance-applies")]
[Description("现役义务兵或其家属")]
[Program(VeteranPlacementPrograms.ConscriptAllowance)]
[Cites(VeteranPlacementSources.District, "二(二)10")]
public sealed class ConscriptAllowanceAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == EnquirerRole.ConscriptFamily);

        Then()
            .Yield(_ => new ProgramApplies(VeteranPlacementPrograms.ConscriptAllowance));
    }
}
