using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Skills;

/// <summary>
/// 西政发〔2017〕13号 四(一)：“……取得《国家职业资格证书》，分别给予失业人员及培训机构1000元培训补助。”
/// </summary>
[Name("employment-subsidy/13-4-1/qualification-certificate")]
[Description("取得《国家职业资格证书》，失业人员1000元")]
[Program(EmploymentSubsidyPrograms.VocationalTraining)]
[Cites(EmploymentSubsidySources.Opinion, "四(一)")]
public sealed class QualificationCertificateRule : Rule
{
    public override void Define()
    {
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == EmploymentSubsidyPrograms.VocationalTraining)
            .Match<TrainingAllowanceLeft>()
            .Match<Training>(t => t.VocationalCertificate.Value == VocationalCertificate.Qualification);

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "qualification-certificate"))
            .Yield(_ => new DocumentRequired(applies.Program, "qualification-certificate"));
    }
}
