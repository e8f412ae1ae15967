using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.EmploymentSubsidy;

/// <summary>
/// The figures the rules of 西政发〔2017〕13号 compare answers with, each bound to its file under parameters/.
/// Figures that only amounts and texts use are read there by name.
/// </summary>
public sealed class EmploymentSubsidyParameters
{
    [Parameter("hard_to_employ_female_age")]
    public int HardToEmployFemaleAge { get; init; }

    [Parameter("hard_to_employ_male_age")]
    public int HardToEmployMaleAge { get; init; }

    [Parameter("long_term_unemployed_months")]
    public int LongTermUnemployedMonths { get; init; }

    [Parameter("retiree_female_max_age")]
    public int RetireeFemaleMaxAge { get; init; }

    [Parameter("retiree_male_max_age")]
    public int RetireeMaleMaxAge { get; init; }

    [Parameter("standard_contract_min_months")]
    public int StandardContractMinMonths { get; init; }

    [Parameter("wage_floor_multiple")]
    public decimal WageFloorMultiple { get; init; }

    /// <summary>Beijing's monthly minimum wage in force: the operator's figure, null until one is set for the date.</summary>
    [Parameter("beijing_minimum_wage")]
    public decimal? MinimumWage { get; init; }

    /// <summary>The lowest monthly wage the terms of 二(一) and 二(三) accept, once the operator has set the minimum wage.</summary>
    public decimal? WageFloor => WageFloorMultiple * MinimumWage;

    [Parameter("worker_reward_min_contract_months")]
    public int WorkerRewardMinContractMonths { get; init; }

    [Parameter("worker_reward_min_employed_months")]
    public int WorkerRewardMinEmployedMonths { get; init; }

    [Parameter("bulk_hiring_min_hires")]
    public int BulkHiringMinHires { get; init; }

    [Parameter("loan_full_interest_max")]
    public decimal LoanFullInterestMax { get; init; }

    [Parameter("loan_max")]
    public decimal LoanMax { get; init; }

    [Parameter("loan_half_min_hires")]
    public int LoanHalfMinHires { get; init; }

    [Parameter("loan_full_min_hires")]
    public int LoanFullMinHires { get; init; }

    [Parameter("release_window_years")]
    public int ReleaseWindowYears { get; init; }

    [Parameter("correction_window_years")]
    public int CorrectionWindowYears { get; init; }

    [Parameter("startup_training_graduate_window_years")]
    public int StartupTrainingGraduateWindowYears { get; init; }

    [Parameter("startup_reward_min_trading_months")]
    public int StartupRewardMinTradingMonths { get; init; }

    [Parameter("competition_small_min_entrants")]
    public int CompetitionSmallMinEntrants { get; init; }

    [Parameter("competition_large_min_entrants")]
    public int CompetitionLargeMinEntrants { get; init; }

    [Parameter("retiree_agreement_min_months")]
    public int RetireeAgreementMinMonths { get; init; }
}
