using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Institutions;

/// <summary>
/// 西政发〔2017〕13号 四(一)：“本区登记失业人员在“A”级培训机构和定点培训机构参加职业技能培训……分别给予失业人员……、培训机构……培训补助”:
/// the institution's own share is for A-grade and designated institutions.
/// </summary>
[Name("employment-subsidy/13-4-1/institution-applies")]
[Description("“A”级培训机构或定点培训机构")]
[Program(EmploymentSubsidyPrograms.InstitutionVocationalTraining)]
[Cites(EmploymentSubsidySources.Opinion, "四(一)")]
public sealed class VocationalTrainingInstitutionAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == JobsRole.Organisation)
            .Match<Organisation>(o => o.Kind.Value == OrganisationKind.TrainingInstitution)
            .Match<TrainingInstitution>(i => i.Kind.Value != InstitutionKind.Other);

        Then()
            .Yield(_ => new ProgramApplies(EmploymentSubsidyPrograms.InstitutionVocationalTraining));
    }
}
