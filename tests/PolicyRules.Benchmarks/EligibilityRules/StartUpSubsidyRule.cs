using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-22, the shape of every edition: An employment-difficulty person who plans to start a business.</summary>
[Tag("bench")]
[Cites(Parameters.Document, "4.5")]
[Priority(Priorities.Benefit)]
public class StartUpSubsidyRule<TEdition> : Rule
    where TEdition : IEdition
{
    public override void Define()
    {
        var p = Parameters.ForEdition(TEdition.Index);
        var amount = p.Amount(Parameters.StartUpSubsidy);
        EmploymentDifficultyPerson difficult = default!;
        Applicant applicant = default!;

        When()
            .Match(() => difficult, d => d.Edition == p.Edition)
            .Match(() => applicant,
                a => a.PlansToStartBusiness.Value,
                a => a == difficult.Person);

        Then()
            .Yield(_ => new BenefitResult(ProgramIds.StartUp, applicant.Id, amount, p.Edition));
    }
}

/// <summary>BENCH-22 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-22 start-up subsidy")]
[Cites(Parameters.Document, "4.5")]
public sealed class StartUpSubsidyRule : StartUpSubsidyRule<Edition0>;
