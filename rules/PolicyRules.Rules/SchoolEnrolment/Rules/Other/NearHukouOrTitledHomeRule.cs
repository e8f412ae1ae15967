using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Other;

/// <summary>
/// 门政办发〔2017〕26号 三(一)3：“义务教育阶段适龄儿童少年可以在户籍所在地或家庭实际居住地（凭房屋所有权证或不动产权证书）就近入学。”
/// Told on the two nearby-school routes: grade 1 for Beijing children and junior entry by nearest school.
/// </summary>
[Name("school-enrolment/26-3-1-3/near-hukou-or-titled-home")]
[Description("可在户籍所在地或凭产权证的家庭实际居住地就近入学")]
[Cites(SchoolEnrolmentSources.Implementation, "三(一)3")]
public sealed class NearHukouOrTitledHomeRule : Rule
{
    public override void Define()
    {
        ProgramApplies route = default!;

        When()
            .Match(() => route,
                p => p.Program == SchoolEnrolmentPrograms.LocalPrimary || p.Program == SchoolEnrolmentPrograms.JuniorNearby);

        Then()
            .Yield(_ => new Notice(route.Program, "near-hukou-or-titled-home"));
    }
}
