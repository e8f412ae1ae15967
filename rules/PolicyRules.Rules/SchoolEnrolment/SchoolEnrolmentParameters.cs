using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.SchoolEnrolment;

/// <summary>The figures and dates of 门政办发〔2017〕26号 and 27号, each bound to its file under parameters/.</summary>
public sealed class SchoolEnrolmentParameters
{
    [Parameter("entry_birth_cutoff")]
    public DateOnly EntryBirthCutoff { get; init; }

    [Parameter("contract_start_before")]
    public DateOnly ContractStartBefore { get; init; }

    [Parameter("minimum_contract_months")]
    public int MinimumContractMonths { get; init; }

    [Parameter("licence_dated_before")]
    public DateOnly LicenceDatedBefore { get; init; }

    [Parameter("lease_signed_before")]
    public DateOnly LeaseSignedBefore { get; init; }

    [Parameter("minimum_lease_months")]
    public int MinimumLeaseMonths { get; init; }

    [Parameter("permit_valid_from_before")]
    public DateOnly PermitValidFromBefore { get; init; }

    [Parameter("medical_check_after")]
    public DateOnly MedicalCheckAfter { get; init; }
}
