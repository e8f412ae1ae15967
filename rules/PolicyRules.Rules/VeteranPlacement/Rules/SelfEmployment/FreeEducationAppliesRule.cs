using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.VeteranPlacement.Rules.SelfEmployment;

/// <summary>门政办发〔2017〕25号 二(二)7：“退役1年内的自主就业退役士兵可按规定免费参加教育培训……”: self-employment veterans.</summary>
[Name("veteran-placement/25-2-2-7/free-education-applies")]
[Description("自主就业退役士兵")]
[Program(VeteranPlacementPrograms.FreeEducation)]
[Cites(VeteranPlacementSources.District, "二(二)7")]
public sealed class FreeEducationAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramEligible>(p => p.Program == VeteranPlacementPrograms.SelfEmployment);

        Then()
            .Yield(_ => new ProgramApplies(VeteranPlacementPrograms.FreeEducation));
    }
}
