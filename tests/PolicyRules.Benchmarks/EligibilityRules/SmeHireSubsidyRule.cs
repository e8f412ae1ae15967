using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-26, the shape of every edition: A small or micro employer that hired an employment-difficulty person from the difficulty group.</summary>
[Tag("bench")]
[Cites(Parameters.Document, "5.2")]
[Priority(Priorities.Benefit)]
public class SmeHireSubsidyRule<TEdition> : Rule
    where TEdition : IEdition
{
    public override void Define()
    {
        var p = Parameters.ForEdition(TEdition.Index);
        var amount = p.Amount(Parameters.SmeHireSubsidy);
        SmallEmployer small = default!;
        Hire hire = default!;

        When()
            .Match(() => small, s => s.Edition == p.Edition)
            .Match(() => hire,
                h => h.FromDifficultyGroup.Value,
                h => h.Employer == small.Employer)
            .Exists<EmploymentDifficultyPerson>(
                d => d.Edition == p.Edition,
                d => d.Person == hire.Person);

        Then()
            .Yield(_ => new BenefitResult(ProgramIds.SmeHire, small.Employer.Id, amount, p.Edition));
    }
}

/// <summary>BENCH-26 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-26 small-employer hiring subsidy")]
[Cites(Parameters.Document, "5.2")]
public sealed class SmeHireSubsidyRule : SmeHireSubsidyRule<Edition0>;
