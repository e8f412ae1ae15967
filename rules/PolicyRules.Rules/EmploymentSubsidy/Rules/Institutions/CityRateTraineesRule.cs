using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Institutions;

/// <summary>
/// 西政发〔2017〕13号 四(二)：“……按照市人力社保局补贴标准给予培训机构培训补贴。”: per trainee, at the city bureau's standard, which the text
/// does not give (the operator's figure; interpretation ES-RESTRICTED-TRAINING-RATE).
/// </summary>
[Name("employment-subsidy/13-4-2/city-rate")]
[Description("本区登记失业人员参加限定职业（工种）技能培训，按市人力社保局补贴标准补贴培训机构")]
[Program(EmploymentSubsidyPrograms.InstitutionRestrictedTraining)]
[Cites(EmploymentSubsidySources.Opinion, "四(二)")]
public sealed class CityRateTraineesRule : Rule
{
    public override void Define()
    {
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == EmploymentSubsidyPrograms.InstitutionRestrictedTraining)
            .Match<TrainingInstitution>(i => i.CityRateTrainees.Value > 0);

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "institution-city-rate"))
            .Yield(_ => new Notice(applies.Program, "restricted-training-rate"));
    }
}
