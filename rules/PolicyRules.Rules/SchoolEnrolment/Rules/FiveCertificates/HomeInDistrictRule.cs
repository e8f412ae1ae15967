using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 四(二)：“（二）在门头沟区实际住所居住证明审核标准
/// 在门头沟区实际住所居住证明须符合下列条件之一：”
/// The home proven must be the family's actual home in Mentougou; the routes of 四(二)1 and 四(二)2 each build on this.
/// </summary>
[Name("school-enrolment/27-4-2/home-in-district")]
[Description("家庭实际住所在门头沟区")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "四(二)")]
public sealed class HomeInDistrictRule : Rule
{
    public override void Define()
    {
        Residence home = default!;

        When()
            .Match(() => home, r => r.InDistrict.Value);

        Then()
            .Yield(_ => new HomeInDistrict(home));
    }
}
