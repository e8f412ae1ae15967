using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Institutions;

/// <summary>
/// 西政发〔2017〕13号 四(二)：“市人力社保局未纳入补贴培训的职业（工种），按照区人力社保局测算的标准补贴。”: per trainee, at the district
/// bureau's standard, which the text does not give (the operator's figure; interpretation ES-RESTRICTED-TRAINING-RATE).
/// </summary>
[Name("employment-subsidy/13-4-2/district-rate")]
[Description("市人力社保局未纳入补贴培训的职业（工种），按区人力社保局测算的标准补贴培训机构")]
[Program(EmploymentSubsidyPrograms.InstitutionRestrictedTraining)]
[Cites(EmploymentSubsidySources.Opinion, "四(二)")]
public sealed class DistrictRateTraineesRule : Rule
{
    public override void Define()
    {
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == EmploymentSubsidyPrograms.InstitutionRestrictedTraining)
            .Match<TrainingInstitution>(i => i.DistrictRateTrainees.Value > 0);

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "institution-district-rate"))
            .Yield(_ => new Notice(applies.Program, "restricted-training-rate"));
    }
}
