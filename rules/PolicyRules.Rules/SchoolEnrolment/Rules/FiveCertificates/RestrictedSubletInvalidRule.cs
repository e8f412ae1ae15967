using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 四(二)2(3)：“按有关规定不得转租的公租房、军产房房产开具的转租租房证明无效。”
/// No residence-proof rule accepts such a sublet; this rule tells the family why.
/// </summary>
[Name("school-enrolment/27-4-2-2-3/restricted-sublet-invalid")]
[Description("不得转租的公租房、军产房的转租租房证明无效")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "四(二)2(3)")]
public sealed class RestrictedSubletInvalidRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == SchoolEnrolmentPrograms.NonBeijingPrimary)
            .Match<Residence>(r => r.Tenure.Value == Tenure.Rented, r => r.RentalKind.Value == RentalKind.RestrictedSublet);

        Then()
            .Yield(_ => new Notice(SchoolEnrolmentPrograms.NonBeijingPrimary, "five-certificates-restricted-sublet-invalid"));
    }
}
