using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Institutions;

/// <summary>
/// 西政发〔2017〕13号 三(四)：“……在本区定点培训机构参加创业培训并获得《创业合格证书》，分别给予参加培训人员及培训机构1000元培训补助……”:
/// the institution's share is for designated institutions of 西城.
/// </summary>
[Name("employment-subsidy/13-3-4/institution-applies")]
[Description("本区定点培训机构")]
[Program(EmploymentSubsidyPrograms.InstitutionStartupTraining)]
[Cites(EmploymentSubsidySources.Opinion, "三(四)")]
public sealed class StartupTrainingInstitutionAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == JobsRole.Organisation)
            .Match<Organisation>(o => o.Kind.Value == OrganisationKind.TrainingInstitution)
            .Match<TrainingInstitution>(i => i.Kind.Value == InstitutionKind.Designated);

        Then()
            .Yield(_ => new ProgramApplies(EmploymentSubsidyPrograms.InstitutionStartupTraining));
    }
}
