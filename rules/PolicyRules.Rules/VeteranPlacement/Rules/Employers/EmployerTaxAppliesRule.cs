using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.VeteranPlacement.Facts;

namespace PolicyRules.Rules.VeteranPlacement.Rules.Employers;

/// <summary>门政办发〔2017〕25号 二(三)14：“对商贸企业、服务型企业、劳动就业服务企业中的加工型企业和街道社区具有加工性质的小型企业实体……”</summary>
[Name("veteran-placement/25-2-3-14/employer-tax-applies")]
[Description("商贸企业、服务型企业、劳动就业服务企业中的加工型企业或街道社区具有加工性质的小型企业实体")]
[Program(VeteranPlacementPrograms.EmployerTaxDeduction)]
[Cites(VeteranPlacementSources.District, "二(三)14")]
public sealed class EmployerTaxAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == EnquirerRole.Employer)
            .Match<Employer>(e => e.QualifyingTaxCategory.Value);

        Then()
            .Yield(_ => new ProgramApplies(VeteranPlacementPrograms.EmployerTaxDeduction));
    }
}
