using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Administration;

/// <summary>
/// 西政发〔2017〕13号 八(五)：“原政策执行期未满的继续执行，待执行期满后停止执行。” The former policy's terms (西政发〔2014〕4号) are not among the
/// sources, so a subsidy begun under it is not screened: the programs paid year by year tell the person that it runs to its end.
/// </summary>
[Name("employment-subsidy/13-8-5/former-policy-continues")]
[Description("原政策执行期未满的继续执行，期满后停止执行")]
[Cites(EmploymentSubsidySources.Opinion, "八(五)")]
public sealed class FormerPolicyContinuesRule : Rule
{
    public override void Define()
    {
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => EmploymentSubsidyPrograms.PaidYearByYear.Contains(p.Program));

        Then()
            .Yield(_ => new Notice(applies.Program, "former-policy-continues"));
    }
}
