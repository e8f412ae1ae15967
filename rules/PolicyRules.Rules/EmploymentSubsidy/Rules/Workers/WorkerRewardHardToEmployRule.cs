using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Workers;

/// <summary>
/// 西政发〔2017〕13号 二(二)：“……签订两年以上劳动合同且稳定就业一年以上，在劳动合同履行期限内，每满一年，可申请就业奖励，最长不超过3年。就业困难人员按照每人每年8000元的标准申请就业奖励……” 两年以上 and 一年以上 include the number (interpretation ES-ONE-YEAR-OR-MORE).
/// </summary>
[Name("employment-subsidy/13-2-2/worker-reward-hard-to-employ")]
[Description("就业困难人员签订两年以上劳动合同且稳定就业一年以上，每年8000元")]
[Program(EmploymentSubsidyPrograms.WorkerReward)]
[Cites(EmploymentSubsidySources.Opinion, "二(二)")]
public sealed class WorkerRewardHardToEmployRule : Rule
{
    public override void Define()
    {
        PolicyContext<EmploymentSubsidyParameters> at = default!;
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == EmploymentSubsidyPrograms.WorkerReward)
            .Match(() => at)
            .Match<HardToEmploy>()
            .Match<Job>(j => !j.DispatchFirm.Value, j => j.ContractMonths.Value >= at.Parameters.WorkerRewardMinContractMonths, j => j.MonthsEmployed.Value >= at.Parameters.WorkerRewardMinEmployedMonths);

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "worker-reward-hard-to-employ"))
            .Yield(_ => new DocumentRequired(applies.Program, "labour-contract"));
    }
}
