using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.VeteranPlacement;

/// <summary>
/// The figures the rules of 门政办发〔2017〕25号 and 《退役士兵安置条例》第二十九条 compare answers with,
/// each bound to its file under parameters/. Figures that only amounts and texts use are read there by name.
/// </summary>
public sealed class VeteranPlacementParameters
{
    [Parameter("nco_placement_service_years")]
    public int NcoPlacementServiceYears { get; init; }

    [Parameter("war_disability_grade_from")]
    public int WarDisabilityGradeFrom { get; init; }

    [Parameter("war_disability_grade_to")]
    public int WarDisabilityGradeTo { get; init; }

    [Parameter("support_disability_grade_to")]
    public int SupportDisabilityGradeTo { get; init; }

    [Parameter("forfeit_consecutive_exams")]
    public int ForfeitConsecutiveExams { get; init; }

    [Parameter("education_window_years")]
    public int EducationWindowYears { get; init; }

    [Parameter("employer_tax_min_contract_months")]
    public int EmployerTaxMinContractMonths { get; init; }
}
