using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Administration;

/// <summary>
/// 西政发〔2017〕13号 七(二)：“加强劳动保障监察，按照突出重点、查防并举的方针，加大日常巡查和专项检查工作力度，依法纠正和查处违法违规行为，维护劳动者合法权益。”
/// It sets no condition: the workers and employers of the programs that rest on a labour contract are told of it.
/// </summary>
[Name("employment-subsidy/13-7-2/labour-inspection")]
[Description("加强劳动保障监察，维护劳动者合法权益")]
[Cites(EmploymentSubsidySources.Opinion, "七(二)")]
public sealed class LabourInspectionRule : Rule
{
    public override void Define()
    {
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => EmploymentSubsidyPrograms.UnderLabourContract.Contains(p.Program));

        Then()
            .Yield(_ => new Notice(applies.Program, "labour-inspection"));
    }
}
