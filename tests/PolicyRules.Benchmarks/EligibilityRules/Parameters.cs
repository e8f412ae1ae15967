namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>
/// Every threshold, date and amount the benchmark rules use, in one place. The values are synthetic:
/// they are shaped like Beijing employment, veteran and enrolment benefits but cite nothing real.
/// <para>
/// The constants are those of edition 0 (the 40-rule set). <see cref="ForEdition"/> derives the
/// values of editions 1–9 by shifting each threshold a step per edition, so that the ten editions of
/// the 400-rule set compile to distinct alpha conditions (no sharing across editions) while the
/// citizen case still qualifies in most of them.
/// </para>
/// </summary>
public static class Parameters
{
    public const string Document = "BENCH-DOC";

    public const string HomeDistrict = "Mentougou";

    public const int EditionCount = 10;

    // Status thresholds (edition 0).
    public const int MinWorkingAge = 16;
    public const int MaxWorkingAge = 60;
    public const int OlderWorkerAge = 40;
    public const int LongTermUnemployedMonths = 6;
    public const int MinServiceYears = 1;
    public const int SmallEmployerMaxHeadcount = 100;
    public const decimal LowIncomeLine = 800m;
    public const int MinContractMonths = 6;
    public const int MinDifficultHires = 3;
    public const int MinPlacementMonths = 1;
    public const int MinReemploymentMonths = 1;
    public const string SergeantRank = "Sergeant";
    public const string OfficerRank = "Officer";

    // Amounts in yuan (edition 0); edition k pays (1 + k × AmountStepPerEdition) times as much.
    public const decimal AmountStepPerEdition = 0.05m;
    public const decimal PlacementSubsidy = 1_000m;
    public const decimal SocialInsuranceRate = 0.16m;
    public const decimal SocialInsuranceWageCap = 5_000m;
    public const decimal FlexibleEmploymentSubsidy = 600m;
    public const decimal ReemploymentBonus = 1_500m;
    public const decimal StartUpSubsidy = 5_000m;
    public const decimal DisabledEmploymentSubsidy = 2_000m;
    public const decimal EmployerSocialInsuranceSubsidy = 1_200m;
    public const decimal SmeHireSubsidy = 2_400m;
    public const decimal HiringAwardPerHire = 1_000m;
    public const decimal VeteranResettlementBase = 3_000m;
    public const decimal VeteranResettlementPerYear = 500m;
    public const decimal VeteranRankSupplement = 1_000m;
    public const decimal VeteranEntrepreneurshipSubsidy = 8_000m;
    public const decimal VeteranHireIncentive = 4_000m;
    public const decimal VeteranTrainingVoucher = 3_000m;
    public const decimal EnrolmentPlace = 0m;
    public const decimal VeteranChildPriority = 0m;
    public const decimal ZeroEmploymentEducationSubsidy = 1_200m;
    public const decimal PreschoolSubsidy = 800m;
    public const decimal ZeroEmploymentAllowancePerMember = 500m;
    public const decimal ZeroEmploymentPlacement = 0m;
    public const decimal MinimumLivingAllowanceBonus = 700m;
    public const decimal PriorityCasework = 0m;

    // Dates (edition 0): edition k moves each cut-off by k steps.
    public static readonly DateOnly RecentDischargeCutoff = new(2012, 1, 1);
    public static readonly DateOnly MinorBornAfter = new(1999, 9, 1);
    public static readonly DateOnly SchoolCohortBornFrom = new(2010, 9, 1);
    public static readonly DateOnly SchoolCohortBornTo = new(2011, 8, 31);
    public static readonly DateOnly PreschoolCohortBornFrom = new(2013, 9, 1);
    public static readonly DateOnly PreschoolCohortBornTo = new(2014, 8, 31);

    public const int DischargeCutoffDaysPerEdition = 90;

    private static readonly EditionParameters[] Editions =
        [.. Enumerable.Range(0, EditionCount).Select(Build)];

    /// <summary>The parameters of programme edition <paramref name="edition"/> (0–9).</summary>
    public static EditionParameters ForEdition(int edition) => Editions[edition];

    private static EditionParameters Build(int k)
    {
        var scale = 1m + (k * AmountStepPerEdition);
        return new EditionParameters
        {
            Edition = k,
            MinWorkingAge = MinWorkingAge + k,
            MaxWorkingAge = MaxWorkingAge - k,
            OlderWorkerAge = OlderWorkerAge + k,
            LongTermUnemployedMonths = LongTermUnemployedMonths + k,
            MinServiceYears = MinServiceYears + k,
            SmallEmployerMaxHeadcount = SmallEmployerMaxHeadcount + (10 * k),
            LowIncomeLine = LowIncomeLine + (10m * k),
            MinContractMonths = MinContractMonths + k,
            MinReemploymentMonths = MinReemploymentMonths + k,
            RecentDischargeCutoff = RecentDischargeCutoff.AddDays(DischargeCutoffDaysPerEdition * k),
            MinorBornAfter = MinorBornAfter.AddDays(k),
            SchoolCohortBornFrom = SchoolCohortBornFrom.AddDays(-k),
            SchoolCohortBornTo = SchoolCohortBornTo.AddDays(k),
            PreschoolCohortBornFrom = PreschoolCohortBornFrom.AddDays(-k),
            PreschoolCohortBornTo = PreschoolCohortBornTo.AddDays(k),
            AmountScale = scale,
        };
    }
}
