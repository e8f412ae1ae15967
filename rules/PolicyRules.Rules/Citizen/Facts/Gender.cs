namespace PolicyRules.Rules.Citizen.Facts;

/// <summary>性别, as the texts use it (for example the “3540” ages: women 35, men 40).</summary>
public enum Gender
{
    Female,
    Male,
}
