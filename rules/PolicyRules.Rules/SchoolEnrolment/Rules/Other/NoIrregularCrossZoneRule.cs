using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Other;

/// <summary>
/// 门政办发〔2017〕26号 三(二)1：“……严禁非正常跨区入学；严禁非正常跨片入学（棚户区拆迁等特殊原因除外）。……”
/// </summary>
[Name("school-enrolment/26-3-2-1/no-irregular-cross-zone")]
[Description("严禁非正常跨区、跨片入学（棚户区拆迁等特殊原因除外）")]
[Cites(SchoolEnrolmentSources.Implementation, "三(二)1")]
public sealed class NoIrregularCrossZoneRule : Rule
{
    public override void Define()
    {
        ProgramApplies route = default!;

        When()
            .Match(() => route, p => SchoolEnrolmentPrograms.PrimaryRoutes.Contains(p.Program));

        Then()
            .Yield(_ => new Notice(route.Program, "no-irregular-cross-zone"));
    }
}
