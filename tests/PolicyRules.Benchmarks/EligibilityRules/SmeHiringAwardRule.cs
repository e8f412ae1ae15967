using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-27, the shape of every edition: A small or micro employer with at least three difficulty-group hires on qualifying contracts: an award per hire (the aggregate).</summary>
[Tag("bench")]
[Cites(Parameters.Document, "5.3")]
[Priority(Priorities.Benefit)]
public class SmeHiringAwardRule<TEdition> : Rule
    where TEdition : IEdition
{
    public override void Define()
    {
        var p = Parameters.ForEdition(TEdition.Index);
        var perHire = p.Amount(Parameters.HiringAwardPerHire);
        SmallEmployer small = default!;
        var difficultHires = 0;

        When()
            .Match(() => small, s => s.Edition == p.Edition)
            .Query(() => difficultHires, q => q
                .Match<Hire>(
                    h => h.FromDifficultyGroup.Value,
                    h => h.ContractMonths.Value >= p.MinContractMonths,
                    h => h.Employer == small.Employer)
                .Collect()
                .Select(c => c.Count())
                .Where(n => n >= Parameters.MinDifficultHires));

        Then()
            .Yield(_ => new BenefitResult(ProgramIds.SmeHiringAward, small.Employer.Id, perHire * difficultHires, p.Edition));
    }
}

/// <summary>BENCH-27 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-27 small-employer hiring award")]
[Cites(Parameters.Document, "5.3")]
public sealed class SmeHiringAwardRule : SmeHiringAwardRule<Edition0>;
