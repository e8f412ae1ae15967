namespace PolicyRules.Rules.Citizen.Facts;

/// <summary>
/// Whether a person served in the armed forces and in what capacity when they left: 退役士兵 are
/// discharged conscripts (义务兵) and NCOs (士官); officers (军官) and those still serving are not.
/// </summary>
public enum MilitaryService
{
    None,
    Serving,
    Conscript,
    Nco,
    Officer,
}
