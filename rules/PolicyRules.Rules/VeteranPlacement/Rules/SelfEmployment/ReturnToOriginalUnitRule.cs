using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.VeteranPlacement.Facts;

namespace PolicyRules.Rules.VeteranPlacement.Rules.SelfEmployment;

/// <summary>
/// 门政办发〔2017〕25号 二(二)9：“凡是党政机关、事业单位符合条件的在职大学生应征入伍，服役期间保留编制，工资等待遇不变。退役后回原单位安置，
/// 服役期间表现特别优秀的优先提拔使用。” On either track. 符合条件 is the unit's to judge: a graduate whose post was kept qualifies
/// (interpretation VP-GRADUATE-POST).
/// </summary>
[Name("veteran-placement/25-2-2-9/return-to-original-unit")]
[Description("党政机关、事业单位在职大学生应征入伍、保留编制的，退役后回原单位安置")]
[Program(VeteranPlacementPrograms.ReturnToJob)]
[Cites(VeteranPlacementSources.District, "二(二)9")]
public sealed class ReturnToOriginalUnitRule : Rule
{
    public override void Define()
    {
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == VeteranPlacementPrograms.ReturnToJob)
            .Match<CivilianLife>(
                c => c.PreEnlistmentEmployer.Value == PreEnlistmentEmployer.PartyOrPublicInstitution,
                c => c.GraduateKeptPost.Value);

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new Notice(applies.Program, "kept-post"));
    }
}
