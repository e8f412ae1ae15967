using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 四(二)2(2)：“租住无房产证农民房的，应提供房屋地契证明、建房审批证明、村委会开具的房屋情况证明之一。”
/// With the landlord's ID card and tax receipts of 四(二)2 (interpretation SE-FARMHOUSE-DOCUMENTS).
/// </summary>
[Name("school-enrolment/27-4-2-2-2/farmhouse-documents")]
[Description("租住无房产证农民房须带房屋证明之一、房主身份证和完税发票")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "四(二)2(2)")]
public sealed class FarmhouseDocumentsRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == SchoolEnrolmentPrograms.NonBeijingPrimary)
            .Match<Residence>(r => r.Tenure.Value == Tenure.Rented, r => r.RentalKind.Value == RentalKind.FarmhouseWithoutTitle);

        Then()
            .Yield(_ => new DocumentRequired(SchoolEnrolmentPrograms.NonBeijingPrimary, "farmhouse-proof"))
            .Yield(_ => new DocumentRequired(SchoolEnrolmentPrograms.NonBeijingPrimary, "landlord-id-card"))
            .Yield(_ => new DocumentRequired(SchoolEnrolmentPrograms.NonBeijingPrimary, "landlord-tax-receipts"));
    }
}
