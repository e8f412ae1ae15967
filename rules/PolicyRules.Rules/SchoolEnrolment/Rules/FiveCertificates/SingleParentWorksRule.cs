using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 四(一)：“审核申请人双方均在京工作，且其中一方在门头沟区务工就业，证明须符合下列条件之一：”
/// This rule: a single-parent family, where the one parent working in Mentougou meets “双方均在京工作”
/// (interpretation SE-SINGLE-PARENT-WORK, following 四(四)1 and 四(五)1 “单亲家庭由一方提供”).
/// </summary>
[Name("school-enrolment/27-4-1/single-parent-works")]
[Description("单亲家庭：由该家长在门头沟区务工就业即可")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "四(一)")]
public sealed class SingleParentWorksRule : Rule
{
    public override void Define()
    {
        Family family = default!;

        When()
            .Match(() => family, f => f.SingleParent.Value);

        Then()
            .Yield(_ => new ParentsWorkInBeijing(family));
    }
}
