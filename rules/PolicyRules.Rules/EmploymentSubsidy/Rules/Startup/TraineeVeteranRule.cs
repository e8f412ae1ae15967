using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Startup;

/// <summary>
/// 西政发〔2017〕13号 三(四)：“……本区户籍毕业2年内未就业的高校毕业生和复员转业军人……” 本区户籍 read for both (interpretation ES-TRAINING-HUKOU).
/// </summary>
[Name("employment-subsidy/13-3-4/trainee-veteran")]
[Description("本区户籍的复员转业军人")]
[Priority(20)]
[Cites(EmploymentSubsidySources.Opinion, "三(四)")]
public sealed class TraineeVeteranRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Applicant>(a => a.HukouDistrict.Value == HukouDistrict.Xicheng, a => a.MilitaryService.Value == MilitaryService.Conscript || a.MilitaryService.Value == MilitaryService.Nco || a.MilitaryService.Value == MilitaryService.Officer);

        Then()
            .Yield(_ => new StartupTrainee());
    }
}
