using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.VeteranPlacement.Rules.SelfEmployment;

/// <summary>
/// 门政办发〔2017〕25号 二(三)12：“各级公共就业人才服务机构要为退役士兵提供就业指导和服务……扶持退役士兵自主就业。对有自主创业意愿的
/// 退役士兵提供创业指导、项目推荐和政策咨询，对残疾、家庭生活困难、“零就业家庭”等就业困难的退役士兵提供就业援助和重点帮扶。”
/// </summary>
[Name("veteran-placement/25-2-3-12/employment-services")]
[Description("公共就业人才服务机构为自主就业退役士兵提供就业指导、创业指导和就业援助")]
[Cites(VeteranPlacementSources.District, "二(三)12")]
public sealed class EmploymentServicesRule : Rule
{
    public override void Define()
    {
        ProgramEligible subsidy = default!;

        When()
            .Match(() => subsidy, p => p.Program == VeteranPlacementPrograms.SelfEmployment);

        Then()
            .Yield(_ => new Notice(subsidy.Program, "employment-services"));
    }
}
