namespace PolicyRules.Engine.Evaluation;

/// <summary>Kleene connectives over <see cref="Truth"/>.</summary>
public static class TruthExtensions
{
    public static Truth And(this Truth left, Truth right) => left < right ? left : right;

    public static Truth Or(this Truth left, Truth right) => left > right ? left : right;

    public static Truth Not(this Truth value) => (Truth)(2 - (int)value);

    public static Truth ToTruth(this bool value) => value ? Truth.True : Truth.False;
}
