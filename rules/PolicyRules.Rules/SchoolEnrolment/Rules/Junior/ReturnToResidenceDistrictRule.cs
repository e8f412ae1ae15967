using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Junior;

/// <summary>
/// 门政办发〔2017〕26号 三(二)2(5)：“小学毕业生可以申请回户籍或家庭实际居住地所在区县升入初中。……由家长携带相关材料（出具监护人的房屋产权证及全家户口簿等有关证明）统一到区考试中心小招办公室办理审核手续……”
/// This rule: going back to the district of the family home (the route, tested first), which the guardian's property title
/// there shows: a condition, not only a paper (interpretation SE-RETURN-TITLE).
/// </summary>
[Name("school-enrolment/26-3-2-2-5/to-residence-district")]
[Description("回家庭实际居住地所在区县，监护人在当地有房屋产权证")]
[Cites(SchoolEnrolmentSources.Implementation, "三(二)2(5)")]
public sealed class ReturnToResidenceDistrictRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child, c => c.ReturnToHomeDistrict.Value, c => c.ReturnDestination.Value == ReturnDestination.ResidenceDistrict)
            .Match<Family>(f => f.GuardianTitleInDestination.Value);

        Then()
            .Yield(_ => new ReturnDestinationProven(child));
    }
}
