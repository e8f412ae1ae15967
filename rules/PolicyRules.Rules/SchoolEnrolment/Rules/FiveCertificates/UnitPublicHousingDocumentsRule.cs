using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 四(二)2(1)：“租住单位公房的，应提供单位房管部门开具的住房证明。……”
/// In place of the landlord's title, ID card and tax receipts (interpretation SE-UNIT-HOUSING-DOCUMENTS).
/// </summary>
[Name("school-enrolment/27-4-2-2-1/unit-public-housing-documents")]
[Description("租住单位公房须带单位房管部门开具的住房证明")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "四(二)2(1)")]
public sealed class UnitPublicHousingDocumentsRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == SchoolEnrolmentPrograms.NonBeijingPrimary)
            .Match<Residence>(r => r.Tenure.Value == Tenure.Rented, r => r.RentalKind.Value == RentalKind.UnitPublicHousing);

        Then()
            .Yield(_ => new DocumentRequired(SchoolEnrolmentPrograms.NonBeijingPrimary, "unit-housing-certificate"));
    }
}
