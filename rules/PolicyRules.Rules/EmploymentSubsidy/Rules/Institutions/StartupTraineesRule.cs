using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Institutions;

/// <summary>
/// 西政发〔2017〕13号 三(四)：“本区登记失业人员，本区户籍毕业2年内未就业的高校毕业生和复员转业军人在本区定点培训机构参加创业培训并获得《创业合格证书》，
/// 分别给予参加培训人员及培训机构1000元培训补助。”: 1000元 to the institution for each such trainee (interpretation ES-INSTITUTION-PER-TRAINEE).
/// </summary>
[Name("employment-subsidy/13-3-4/institution-training")]
[Description("培训人员获得《创业合格证书》，培训机构每人1000元")]
[Program(EmploymentSubsidyPrograms.InstitutionStartupTraining)]
[Cites(EmploymentSubsidySources.Opinion, "三(四)")]
public sealed class StartupTraineesRule : Rule
{
    public override void Define()
    {
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == EmploymentSubsidyPrograms.InstitutionStartupTraining)
            .Match<TrainingInstitution>(i => i.StartupTrainees.Value > 0);

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "institution-startup-training"))
            .Yield(_ => new DocumentRequired(applies.Program, "startup-certificate"));
    }
}
