using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Skills;

/// <summary>
/// 西政发〔2017〕13号 四(一)：“……取得非等级职业（工种）培训《结业证书》，分别给予失业人员300元、培训机构200元培训补助……”
/// </summary>
[Name("employment-subsidy/13-4-1/completion-certificate")]
[Description("取得非等级职业（工种）培训《结业证书》，失业人员300元")]
[Program(EmploymentSubsidyPrograms.VocationalTraining)]
[Cites(EmploymentSubsidySources.Opinion, "四(一)")]
public sealed class CompletionCertificateRule : Rule
{
    public override void Define()
    {
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == EmploymentSubsidyPrograms.VocationalTraining)
            .Match<TrainingAllowanceLeft>()
            .Match<Training>(t => t.VocationalCertificate.Value == VocationalCertificate.Completion);

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "completion-certificate"))
            .Yield(_ => new DocumentRequired(applies.Program, "completion-certificate"));
    }
}
