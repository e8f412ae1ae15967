using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 四(一)2：“审核申请人为个体工商户的，应提供2017年4月28日前的营业执照复印件，注册地址为本区，合法经营，依法纳税。”
/// Originals are brought too, as 三(二) asks for all 五证 materials (interpretation SE-FIVE-CERTIFICATES-ORIGINALS).
/// </summary>
[Name("school-enrolment/27-4-1-2/individual-business-documents")]
[Description("个体工商户须带营业执照")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "四(一)2")]
public sealed class IndividualBusinessDocumentsRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == SchoolEnrolmentPrograms.NonBeijingPrimary)
            .Match<Employment>(e => e.Kind.Value == EmploymentKind.IndividualBusiness);

        Then()
            .Yield(_ => new DocumentRequired(SchoolEnrolmentPrograms.NonBeijingPrimary, "business-licence"));
    }
}
