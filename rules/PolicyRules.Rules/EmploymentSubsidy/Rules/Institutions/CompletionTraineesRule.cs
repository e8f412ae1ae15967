using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Institutions;

/// <summary>
/// 西政发〔2017〕13号 四(一)：“……取得非等级职业（工种）培训《结业证书》，分别给予失业人员300元、培训机构200元培训补助……”: 200元 to the
/// institution for each such trainee (interpretation ES-INSTITUTION-PER-TRAINEE).
/// </summary>
[Name("employment-subsidy/13-4-1/institution-completion")]
[Description("培训的本区登记失业人员取得《结业证书》，培训机构每人200元")]
[Program(EmploymentSubsidyPrograms.InstitutionVocationalTraining)]
[Cites(EmploymentSubsidySources.Opinion, "四(一)")]
public sealed class CompletionTraineesRule : Rule
{
    public override void Define()
    {
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == EmploymentSubsidyPrograms.InstitutionVocationalTraining)
            .Match<TrainingInstitution>(i => i.CompletionTrainees.Value > 0);

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "institution-completion"))
            .Yield(_ => new DocumentRequired(applies.Program, "completion-certificate"));
    }
}
