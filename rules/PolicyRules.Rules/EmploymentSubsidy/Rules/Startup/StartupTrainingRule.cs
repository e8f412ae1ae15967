using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Startup;

/// <summary>
/// 西政发〔2017〕13号 三(四)：“……在本区定点培训机构参加创业培训并获得《创业合格证书》，分别给予参加培训人员及培训机构1000元培训补助。”
/// </summary>
[Name("employment-subsidy/13-3-4/startup-training")]
[Description("在本区定点培训机构参加创业培训并获得《创业合格证书》，1000元培训补助")]
[Program(EmploymentSubsidyPrograms.StartupTraining)]
[Cites(EmploymentSubsidySources.Opinion, "三(四)")]
public sealed class StartupTrainingRule : Rule
{
    public override void Define()
    {
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == EmploymentSubsidyPrograms.StartupTraining)
            .Match<Training>(t => t.StartupCertificate.Value);

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "startup-training"))
            .Yield(_ => new DocumentRequired(applies.Program, "startup-certificate"));
    }
}
