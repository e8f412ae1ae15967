using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-32, the shape of every edition: A recently discharged veteran without a contracted job.</summary>
[Tag("bench")]
[Cites(Parameters.Document, "6.5")]
[Priority(Priorities.Benefit)]
public class VeteranTrainingRule<TEdition> : Rule
    where TEdition : IEdition
{
    public override void Define()
    {
        var p = Parameters.ForEdition(TEdition.Index);
        var amount = p.Amount(Parameters.VeteranTrainingVoucher);
        RecentVeteran veteran = default!;

        When()
            .Match(() => veteran, v => v.Edition == p.Edition)
            .Not<Employment>(
                m => m.HasLabourContract.Value,
                m => m.Person == veteran.Person);

        Then()
            .Yield(_ => new BenefitResult(ProgramIds.VeteranTraining, veteran.Person.Id, amount, p.Edition));
    }
}

/// <summary>BENCH-32 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-32 veteran training voucher")]
[Cites(Parameters.Document, "6.5")]
public sealed class VeteranTrainingRule : VeteranTrainingRule<Edition0>;
