namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>The thresholds of one programme edition; see <see cref="Parameters.ForEdition"/>.</summary>
public sealed record EditionParameters
{
    public required int Edition { get; init; }

    public required int MinWorkingAge { get; init; }

    public required int MaxWorkingAge { get; init; }

    public required int OlderWorkerAge { get; init; }

    public required int LongTermUnemployedMonths { get; init; }

    public required int MinServiceYears { get; init; }

    public required int SmallEmployerMaxHeadcount { get; init; }

    public required decimal LowIncomeLine { get; init; }

    public required int MinContractMonths { get; init; }

    public required int MinReemploymentMonths { get; init; }

    public required DateOnly RecentDischargeCutoff { get; init; }

    public required DateOnly MinorBornAfter { get; init; }

    public required DateOnly SchoolCohortBornFrom { get; init; }

    public required DateOnly SchoolCohortBornTo { get; init; }

    public required DateOnly PreschoolCohortBornFrom { get; init; }

    public required DateOnly PreschoolCohortBornTo { get; init; }

    /// <summary>What this edition pays relative to edition 0.</summary>
    public required decimal AmountScale { get; init; }

    /// <summary>An edition-0 amount from <see cref="Parameters"/>, scaled for this edition.</summary>
    public decimal Amount(decimal editionZeroAmount) => editionZeroAmount * AmountScale;
}
