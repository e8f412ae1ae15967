namespace PolicyRules.Rules.EmploymentSubsidy.Facts;

/// <summary>The groups 三(一) and 三(四) name besides the registered unemployed and veterans (whom other questions ask about).</summary>
public enum SupportGroup
{
    None,
    Graduate,
    OvercapacityWorker,
    RegisteredPoor,
    OnlineMerchant,
    ReleasedPrisoner,
    CorrectionEnded,
}
