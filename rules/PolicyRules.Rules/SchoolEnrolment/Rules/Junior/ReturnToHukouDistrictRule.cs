using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Junior;

/// <summary>
/// 门政办发〔2017〕26号 三(二)2(5)：“小学毕业生可以申请回户籍或家庭实际居住地所在区县升入初中。……由家长携带相关材料（出具监护人的房屋产权证及全家户口簿等有关证明）统一到区考试中心小招办公室办理审核手续……”
/// This rule: going back to the hukou district (the route, tested first), which the family hukou booklet shows; “到外区县”:
/// the hukou is in another Beijing district, not Mentougou (interpretation SE-RETURN-TITLE).
/// </summary>
[Name("school-enrolment/26-3-2-2-5/to-hukou-district")]
[Description("回户籍所在区县（本市外区户籍），以全家户口簿为依据")]
[Cites(SchoolEnrolmentSources.Implementation, "三(二)2(5)")]
public sealed class ReturnToHukouDistrictRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child, c => c.ReturnToHomeDistrict.Value, c => c.ReturnDestination.Value == ReturnDestination.HukouDistrict)
            .Match<Pupil>(c => c == child, c => c.Hukou.Value == HukouLocation.OtherBeijingDistrict);

        Then()
            .Yield(_ => new ReturnDestinationProven(child));
    }
}
