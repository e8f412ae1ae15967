using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 四(二)2(1)：“……租住办公用房、地下室的证明无效。”
/// No residence-proof rule accepts these rentals; this rule tells the family why.
/// </summary>
[Name("school-enrolment/27-4-2-2-1/office-or-basement-invalid")]
[Description("租住办公用房、地下室的证明无效")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "四(二)2(1)")]
public sealed class OfficeOrBasementInvalidRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == SchoolEnrolmentPrograms.NonBeijingPrimary)
            .Match<Residence>(
                r => r.Tenure.Value == Tenure.Rented,
                r => r.RentalKind.Value == RentalKind.OfficeSpace || r.RentalKind.Value == RentalKind.Basement);

        Then()
            .Yield(_ => new Notice(SchoolEnrolmentPrograms.NonBeijingPrimary, "five-certificates-office-or-basement-invalid"));
    }
}
