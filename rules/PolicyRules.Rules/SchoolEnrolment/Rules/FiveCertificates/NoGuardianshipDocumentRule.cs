using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 四(五)1：“审核申请人持有本区有效北京市居住证(或有效期内居住登记卡或暂住证)的可视为有此证明，单亲家庭由一方提供即可。”
/// The proof is one of the five certificates (二; 26号 三(一)6); the checklist says that a valid Mentougou permit counts as it.
/// </summary>
[Name("school-enrolment/27-4-5-1/no-guardianship-document")]
[Description("在当地没有监护条件的证明（持本区有效居住证的可视为有此证明）")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "四(五)1")]
public sealed class NoGuardianshipDocumentRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == SchoolEnrolmentPrograms.NonBeijingPrimary);

        Then()
            .Yield(_ => new DocumentRequired(SchoolEnrolmentPrograms.NonBeijingPrimary, "no-guardianship-proof"));
    }
}
