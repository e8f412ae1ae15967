using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Other;

/// <summary>
/// 门政办发〔2017〕26号 三(二)1：“……各小学首先接收服务片区内学生。……入学人数超出学校所能提供的学位数，由区教委小幼科协调其他学校接收入学。各小学要严格按照计划招生。”
/// </summary>
[Name("school-enrolment/26-3-2-1/own-zone-first")]
[Description("各小学首先接收服务片区内学生，学位不足由区教委小幼科协调")]
[Cites(SchoolEnrolmentSources.Implementation, "三(二)1")]
public sealed class OwnZoneFirstRule : Rule
{
    public override void Define()
    {
        ProgramApplies route = default!;

        When()
            .Match(() => route, p => SchoolEnrolmentPrograms.PrimaryRoutes.Contains(p.Program));

        Then()
            .Yield(_ => new Notice(route.Program, "own-zone-first"));
    }
}
