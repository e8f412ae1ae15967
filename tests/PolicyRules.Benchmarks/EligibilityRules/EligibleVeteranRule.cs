using NRules.Fluent.Dsl;
using PolicyRules.Benchmarks.Facts;
using PolicyRules.Engine.Metadata;

namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>BENCH-04, the shape of every edition: A local veteran with an honourable discharge and the edition's minimum years of service.</summary>
[Tag("bench")]
[Cites(Parameters.Document, "2.4")]
[Priority(Priorities.Status)]
public class EligibleVeteranRule<TEdition> : Rule
    where TEdition : IEdition
{
    public override void Define()
    {
        var p = Parameters.ForEdition(TEdition.Index);
        VeteranRecord record = default!;
        Applicant applicant = default!;

        When()
            .Match(() => record,
                v => v.HonourableDischarge.Value,
                v => v.ServiceYears.Value >= p.MinServiceYears)
            .Match(() => applicant,
                a => a.HukouDistrict.Value == Parameters.HomeDistrict,
                a => a == record.Person);

        Then()
            .Yield(_ => new EligibleVeteran(applicant, record, p.Edition));
    }
}

/// <summary>BENCH-04 in edition 0: the member of the 40-rule set (NRules inherits [Tag] and [Priority] from the shape; [Name], [Cites] and [Effective] are not inherited, so they are repeated).</summary>
[Name("BENCH-04 eligible veteran")]
[Cites(Parameters.Document, "2.4")]
public sealed class EligibleVeteranRule : EligibleVeteranRule<Edition0>;
