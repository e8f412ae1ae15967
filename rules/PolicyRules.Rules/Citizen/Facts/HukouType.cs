namespace PolicyRules.Rules.Citizen.Facts;

/// <summary>城镇户口 or 农村户口 (the type of hukou, not where it is).</summary>
public enum HukouType
{
    Urban,
    Rural,
}
