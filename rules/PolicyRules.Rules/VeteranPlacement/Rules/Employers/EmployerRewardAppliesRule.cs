using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.VeteranPlacement.Facts;

namespace PolicyRules.Rules.VeteranPlacement.Rules.Employers;

/// <summary>
/// 门政办发〔2017〕25号 二(二)8：“鼓励区属国有企业、民营企业、社会组织吸纳退役士兵……” 区属 is read for all three (interpretation
/// VP-EMPLOYER-REWARD): the district's finance rewards the district's units.
/// </summary>
[Name("veteran-placement/25-2-2-8/employer-reward-applies")]
[Description("区属国有企业、民营企业或社会组织")]
[Program(VeteranPlacementPrograms.EmployerReward)]
[Cites(VeteranPlacementSources.District, "二(二)8")]
public sealed class EmployerRewardAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == EnquirerRole.Employer)
            .Match<Employer>(e => e.Kind.Value != EmployerKind.Other);

        Then()
            .Yield(_ => new ProgramApplies(VeteranPlacementPrograms.EmployerReward));
    }
}
