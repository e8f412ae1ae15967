using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Startup;

/// <summary>
/// 西政发〔2017〕13号 三(四)：“……本区户籍毕业2年内未就业的高校毕业生……” 2年内 includes the second anniversary of graduation.
/// </summary>
[Name("employment-subsidy/13-3-4/trainee-graduate")]
[Description("本区户籍毕业2年内未就业的高校毕业生")]
[Priority(20)]
[Cites(EmploymentSubsidySources.Opinion, "三(四)")]
public sealed class TraineeGraduateRule : Rule
{
    public override void Define()
    {
        PolicyContext<EmploymentSubsidyParameters> at = default!;

        When()
            .Match(() => at)
            .Match<Applicant>(a => a.HukouDistrict.Value == HukouDistrict.Xicheng)
            .Match<JobSeeker>(s => s.SupportGroup.Value == SupportGroup.Graduate, s => s.GraduatedWithinYears(at.Parameters.StartupTrainingGraduateWindowYears, at.Date), s => !s.EmployedSinceGraduation.Value);

        Then()
            .Yield(_ => new StartupTrainee());
    }
}
