namespace PolicyRules.Engine.Evaluation;

/// <summary>
/// Kleene's three truth values. The numeric order (False &lt; Unknown &lt; True) is what makes
/// conjunction a minimum and disjunction a maximum.
/// </summary>
public enum Truth : byte
{
    False = 0,
    Unknown = 1,
    True = 2,
}
