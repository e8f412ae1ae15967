using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Referee.Tests.Referee;

internal static class InputValue
{
    /// <summary><c>Input&lt;T&gt;.Known(value)</c> for a T known only at run time.</summary>
    public static object Known(Type valueType, object value) =>
        typeof(Input<>).MakeGenericType(valueType).GetMethod(nameof(Input<int>.Known))!.Invoke(null, [value])!;
}
