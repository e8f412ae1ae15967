namespace PolicyRules.Rules.VeteranPlacement.Facts;

/// <summary>Whether a disability was assessed for the service, and its cause: 因战, 因公 or 因病致残.</summary>
public enum DisabilityCause
{
    None,
    War,
    Duty,
    Illness,
}
