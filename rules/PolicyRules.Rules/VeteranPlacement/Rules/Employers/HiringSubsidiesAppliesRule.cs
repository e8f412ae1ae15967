using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.VeteranPlacement.Facts;

namespace PolicyRules.Rules.VeteranPlacement.Rules.Employers;

/// <summary>门政办发〔2017〕25号 二(二)8：“招用自主就业的退役士兵……的用人单位……”</summary>
[Name("veteran-placement/25-2-2-8/hiring-subsidies-applies")]
[Description("用人单位招用自主就业的退役士兵")]
[Program(VeteranPlacementPrograms.EmployerHiringSubsidies)]
[Cites(VeteranPlacementSources.District, "二(二)8")]
public sealed class HiringSubsidiesAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == EnquirerRole.Employer)
            .Match<Employer>(e => e.HiresSelfEmployedVeterans.Value);

        Then()
            .Yield(_ => new ProgramApplies(VeteranPlacementPrograms.EmployerHiringSubsidies));
    }
}
