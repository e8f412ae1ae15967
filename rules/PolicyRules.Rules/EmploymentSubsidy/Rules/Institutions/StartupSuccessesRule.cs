using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Institutions;

/// <summary>
/// 西政发〔2017〕13号 三(四)：“对于通过创业培训成功创业且正常经营一年以上的，给予5000元的创业奖励，同时奖励培训机构5000元。”: 5000元 to the
/// institution for each trainee whose business has traded a year or more (interpretation ES-INSTITUTION-PER-TRAINEE).
/// </summary>
[Name("employment-subsidy/13-3-4/institution-reward")]
[Description("培训人员成功创业且正常经营一年以上，奖励培训机构每人5000元")]
[Program(EmploymentSubsidyPrograms.InstitutionStartupTraining)]
[Cites(EmploymentSubsidySources.Opinion, "三(四)")]
public sealed class StartupSuccessesRule : Rule
{
    public override void Define()
    {
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == EmploymentSubsidyPrograms.InstitutionStartupTraining)
            .Match<TrainingInstitution>(i => i.StartupSuccesses.Value > 0);

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "institution-startup-reward"))
            .Yield(_ => new DocumentRequired(applies.Program, "startup-certificate"))
            .Yield(_ => new DocumentRequired(applies.Program, "business-licence"));
    }
}
