using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 四(三)1：“（三）全家户口簿审核标准
/// 1. 儿童少年年龄符合当年入学规定，户口簿上年龄与出生证明上年龄应保持一致。”
/// The booklet is one of the five certificates (二); the birth certificate is brought so the ages can be compared
/// (interpretation SE-BIRTH-CERTIFICATE).
/// </summary>
[Name("school-enrolment/27-4-3-1/hukou-booklet-documents")]
[Description("须带全家户口簿和孩子的出生证明")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "四(三)1")]
public sealed class HukouBookletDocumentsRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == SchoolEnrolmentPrograms.NonBeijingPrimary);

        Then()
            .Yield(_ => new DocumentRequired(SchoolEnrolmentPrograms.NonBeijingPrimary, "household-booklet"))
            .Yield(_ => new DocumentRequired(SchoolEnrolmentPrograms.NonBeijingPrimary, "birth-certificate"));
    }
}
