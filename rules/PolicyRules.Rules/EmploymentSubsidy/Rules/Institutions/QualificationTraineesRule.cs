using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Institutions;

/// <summary>
/// 西政发〔2017〕13号 四(一)：“……取得《国家职业资格证书》，分别给予失业人员及培训机构1000元培训补助。”: 1000元 to the institution for
/// each such trainee (interpretation ES-INSTITUTION-PER-TRAINEE).
/// </summary>
[Name("employment-subsidy/13-4-1/institution-qualification")]
[Description("培训的本区登记失业人员取得《国家职业资格证书》，培训机构每人1000元")]
[Program(EmploymentSubsidyPrograms.InstitutionVocationalTraining)]
[Cites(EmploymentSubsidySources.Opinion, "四(一)")]
public sealed class QualificationTraineesRule : Rule
{
    public override void Define()
    {
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == EmploymentSubsidyPrograms.InstitutionVocationalTraining)
            .Match<TrainingInstitution>(i => i.QualificationTrainees.Value > 0);

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "institution-qualification"))
            .Yield(_ => new DocumentRequired(applies.Program, "qualification-certificate"));
    }
}
