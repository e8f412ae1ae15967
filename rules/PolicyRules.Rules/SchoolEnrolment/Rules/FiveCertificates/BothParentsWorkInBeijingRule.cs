using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 四(一)：“（一）在门头沟区务工就业证明审核标准
/// 审核申请人双方均在京工作，且其中一方在门头沟区务工就业，证明须符合下列条件之一：”
/// This rule: a family with both parents (the route, tested first); the one who works in Mentougou proves it under 四(一)1–3.
/// </summary>
[Name("school-enrolment/27-4-1/both-parents-work-in-beijing")]
[Description("父母双方均在京工作")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "四(一)")]
public sealed class BothParentsWorkInBeijingRule : Rule
{
    public override void Define()
    {
        Family family = default!;

        When()
            .Match(() => family, f => !f.SingleParent.Value)
            .Match<Family>(f => f == family, f => f.BothParentsWorkInBeijing.Value);

        Then()
            .Yield(_ => new ParentsWorkInBeijing(family));
    }
}
