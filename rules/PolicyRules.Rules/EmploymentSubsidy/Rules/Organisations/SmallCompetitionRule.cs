using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Organisations;

/// <summary>
/// 西政发〔2017〕13号 四(三)：“50人以上100人以下规模的比赛，一次性补助3万元……” 50 is included, 100 belongs to the next tier (interpretation ES-COMPETITION).
/// </summary>
[Name("employment-subsidy/13-4-3/small-competition")]
[Description("50人以上100人以下规模的比赛，一次性补助3万元")]
[Program(EmploymentSubsidyPrograms.SkillsCompetition)]
[Cites(EmploymentSubsidySources.Opinion, "四(三)")]
public sealed class SmallCompetitionRule : Rule
{
    public override void Define()
    {
        PolicyContext<EmploymentSubsidyParameters> at = default!;
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == EmploymentSubsidyPrograms.SkillsCompetition)
            .Match(() => at)
            .Match<Organisation>(o => o.CompetitionEntrants.Value >= at.Parameters.CompetitionSmallMinEntrants, o => o.CompetitionEntrants.Value < at.Parameters.CompetitionLargeMinEntrants);

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "small-competition"));
    }
}
