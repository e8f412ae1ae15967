using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Rules.SchoolEnrolment.Facts;

/// <summary>
/// The 北京市居住证 (or a valid 居住登记卡 or 暂住证) of the parents (门政办发〔2017〕27号 四(四)).
/// </summary>
public sealed class ResidencePermit
{
    [Variable("permit.issuedInDistrict")]
    public Input<bool> IssuedInDistrict { get; set; }

    [Variable("permit.valid")]
    public Input<bool> Valid { get; set; }

    [Variable("permit.heldByBothParents")]
    public Input<bool> HeldByBothParents { get; set; }

    [Variable("permit.addressMatchesResidence")]
    public Input<bool> AddressMatchesResidence { get; set; }

    [Variable("permit.machinePrintedUnaltered")]
    public Input<bool> MachinePrintedUnaltered { get; set; }

    [Variable("permit.validFrom")]
    public Input<DateOnly> ValidFrom { get; set; }

    /// <summary>“有效期限”的起始时间早于 <paramref name="date"/>（见解释 SE-BEFORE-APRIL-28-PERMIT）。</summary>
    [Reads(nameof(ValidFrom))]
    public bool ValidFromBefore(DateOnly date) => ValidFrom.Value < date;
}
