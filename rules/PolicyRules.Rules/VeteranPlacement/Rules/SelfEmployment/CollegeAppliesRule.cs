using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.VeteranPlacement.Facts;

namespace PolicyRules.Rules.VeteranPlacement.Rules.SelfEmployment;

/// <summary>门政办发〔2017〕25号 二(二)7：“凡持正规高等院校录取通知书参加全脱产学习的……”: any discharged soldier who studies full time.</summary>
[Name("veteran-placement/25-2-2-7/college-applies")]
[Description("退役士兵持正规高等院校录取通知书参加全脱产学习")]
[Program(VeteranPlacementPrograms.CollegeReward)]
[Cites(VeteranPlacementSources.District, "二(二)7")]
public sealed class CollegeAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == EnquirerRole.Veteran)
            .Match<Applicant>(a => a.IsDischargedSoldier())
            .Match<CivilianLife>(c => c.FullTimeStudy.Value);

        Then()
            .Yield(_ => new ProgramApplies(VeteranPlacementPrograms.CollegeReward));
    }
}
