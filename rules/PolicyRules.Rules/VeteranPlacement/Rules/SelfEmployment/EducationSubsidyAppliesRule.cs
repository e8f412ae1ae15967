using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.VeteranPlacement.Rules.SelfEmployment;

/// <summary>门政办发〔2017〕25号 二(二)7：“……退役1年以上考入全日制普通高等学校或者参加职业培训的,按规定给予资助或者补贴。”: self-employment veterans.</summary>
[Name("veteran-placement/25-2-2-7/education-subsidy-applies")]
[Description("自主就业退役士兵")]
[Program(VeteranPlacementPrograms.EducationSubsidy)]
[Cites(VeteranPlacementSources.District, "二(二)7")]
public sealed class EducationSubsidyAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramEligible>(p => p.Program == VeteranPlacementPrograms.SelfEmployment);

        Then()
            .Yield(_ => new ProgramApplies(VeteranPlacementPrograms.EducationSubsidy));
    }
}
