using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.VeteranPlacement.Facts;

namespace PolicyRules.Rules.VeteranPlacement.Rules.SelfEmployment;

/// <summary>门政办发〔2017〕25号 二(三)11：“……给予自主就业退役士兵一次性经济补助……”: the subsidy concerns every discharged soldier; the track decides it.</summary>
[Name("veteran-placement/25-2-3-11/self-employment-applies")]
[Description("退役士兵（退出现役的义务兵或士官）")]
[Program(VeteranPlacementPrograms.SelfEmployment)]
[Cites(VeteranPlacementSources.District, "二(三)11")]
public sealed class SelfEmploymentAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == EnquirerRole.Veteran)
            .Match<Applicant>(a => a.IsDischargedSoldier());

        Then()
            .Yield(_ => new ProgramApplies(VeteranPlacementPrograms.SelfEmployment));
    }
}
