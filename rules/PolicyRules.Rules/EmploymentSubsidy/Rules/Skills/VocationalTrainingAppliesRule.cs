using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Skills;

/// <summary>
/// 西政发〔2017〕13号 四(一)：“本区登记失业人员在“A”级培训机构和定点培训机构参加职业技能培训……”
/// </summary>
[Name("employment-subsidy/13-4-1/vocational-training-applies")]
[Description("本区登记失业人员参加职业技能培训并取得证书")]
[Program(EmploymentSubsidyPrograms.VocationalTraining)]
[Cites(EmploymentSubsidySources.Opinion, "四(一)")]
public sealed class VocationalTrainingAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == JobsRole.JobSeeker)
            .Match<JobSeeker>(s => s.RegisteredUnemployed.Value)
            .Match<Training>(t => t.VocationalCertificate.Value != VocationalCertificate.None);

        Then()
            .Yield(_ => new ProgramApplies(EmploymentSubsidyPrograms.VocationalTraining));
    }
}
