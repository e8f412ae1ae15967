using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.VeteranPlacement.Rules.GovernmentPlacement;

/// <summary>
/// 门政办发〔2017〕25号 三(一)：“……保证安置的退役士兵连续工龄、社会保险和劳动合同等待遇的全面落实。无特殊情况，不得与退役士兵解除劳动合同。”
/// Told to the placed veteran and to the receiving unit.
/// </summary>
[Name("veteran-placement/25-3-1/employer-duties")]
[Description("安置的退役士兵连续工龄、社会保险和劳动合同等待遇全面落实，无特殊情况不得解除劳动合同")]
[Cites(VeteranPlacementSources.District, "三(一)")]
public sealed class EmployerDutiesRule : Rule
{
    public override void Define()
    {
        ProgramEligible program = default!;

        When()
            .Match(() => program, p => p.Program == VeteranPlacementPrograms.GovernmentPlacement || p.Program == VeteranPlacementPrograms.EmployerReward);

        Then()
            .Yield(_ => new Notice(program.Program, "employer-duties"));
    }
}
