using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.TreatedAsBeijing;

/// <summary>
/// 门政办发〔2017〕26号 三(二)1：“经区教委审核、认定的享受本市户籍对待的非本市户籍适龄儿童、超龄儿童、京籍无户口适龄儿童的信息需到区考试中心单独采集。”
/// 附件[5月9至25日]：“（每周二、四）区考试中心受理超龄儿童、按京籍对待儿童的信息采集工作”；附件[5月19日前]：“超龄儿童及按京籍对待儿童到区教委小幼科进行信息审核”。
/// This rule: children treated as Beijing hukou holders.
/// </summary>
[Name("school-enrolment/26-3-2-1/treated-as-beijing-separate-collection")]
[Description("按本市户籍对待的儿童到区考试中心单独采集信息，并到区教委小幼科审核")]
[Program(SchoolEnrolmentPrograms.TreatedAsBeijingPrimary)]
[Cites(SchoolEnrolmentSources.Implementation, "三(二)1")]
public sealed class TreatedAsBeijingSeparateCollectionRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == SchoolEnrolmentPrograms.TreatedAsBeijingPrimary);

        Then()
            .Yield(_ => new DeadlineApplies(SchoolEnrolmentPrograms.TreatedAsBeijingPrimary, "separate-collection"))
            .Yield(_ => new DeadlineApplies(SchoolEnrolmentPrograms.TreatedAsBeijingPrimary, "separate-check"))
            .Yield(_ => new Notice(SchoolEnrolmentPrograms.TreatedAsBeijingPrimary, "treated-as-beijing-separate-collection"));
    }
}
