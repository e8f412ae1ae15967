using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Institutions;

/// <summary>
/// 西政发〔2017〕13号 四(二)：“登记失业人员到非定点培训机构参加限定的职业（工种）技能培训，按照市人力社保局补贴标准给予培训机构培训补贴。”:
/// for institutions that are not designated (“A”-grade or not).
/// </summary>
[Name("employment-subsidy/13-4-2/institution-applies")]
[Description("非定点培训机构")]
[Program(EmploymentSubsidyPrograms.InstitutionRestrictedTraining)]
[Cites(EmploymentSubsidySources.Opinion, "四(二)")]
public sealed class RestrictedTrainingAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == JobsRole.Organisation)
            .Match<Organisation>(o => o.Kind.Value == OrganisationKind.TrainingInstitution)
            .Match<TrainingInstitution>(i => i.Kind.Value != InstitutionKind.Designated);

        Then()
            .Yield(_ => new ProgramApplies(EmploymentSubsidyPrograms.InstitutionRestrictedTraining));
    }
}
