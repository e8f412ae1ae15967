using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.VeteranPlacement.Facts;

namespace PolicyRules.Rules.VeteranPlacement.Rules.SelfEmployment;

/// <summary>
/// 门政办发〔2017〕25号 二(二)8：“自主就业的退役士兵入伍前是国家机关、社会团体、企事业单位工作人员或者职工的……”; 二(二)9 likewise
/// speaks of 党政机关、事业单位 staff: the program concerns veterans who worked for such a unit before enlisting.
/// </summary>
[Name("veteran-placement/25-2-2-8/return-to-job-applies")]
[Description("入伍前是机关、社会团体、企事业单位的工作人员或职工")]
[Program(VeteranPlacementPrograms.ReturnToJob)]
[Cites(VeteranPlacementSources.District, "二(二)8")]
public sealed class ReturnToJobAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == EnquirerRole.Veteran)
            .Match<Applicant>(a => a.IsDischargedSoldier())
            .Match<CivilianLife>(c => c.PreEnlistmentEmployer.Value != PreEnlistmentEmployer.None);

        Then()
            .Yield(_ => new ProgramApplies(VeteranPlacementPrograms.ReturnToJob));
    }
}
