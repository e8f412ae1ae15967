using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.VeteranPlacement.Facts;

namespace PolicyRules.Rules.VeteranPlacement.Rules.Employers;

/// <summary>
/// 门政办发〔2017〕25号 二(二)8：“招用自主就业的退役士兵并按规定“签合同、发工资、上保险”的用人单位,可根据劳动合同期限申请享受1年至5年的
/// 岗位补贴、社会保险补贴。” The amounts and how the years follow the contract term are set by rules the text does not give.
/// </summary>
[Name("veteran-placement/25-2-2-8/hiring-subsidies")]
[Description("签合同、发工资、上保险的，可申请1年至5年的岗位补贴、社会保险补贴")]
[Program(VeteranPlacementPrograms.EmployerHiringSubsidies)]
[Cites(VeteranPlacementSources.District, "二(二)8")]
public sealed class HiringSubsidiesRule : Rule
{
    public override void Define()
    {
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == VeteranPlacementPrograms.EmployerHiringSubsidies)
            .Match<Employer>(e => e.ContractWagesInsurance.Value);

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new Notice(applies.Program, "subsidy-per-rules"));
    }
}
