using System.Text.RegularExpressions;

namespace PolicyRules.Referee.Tests.Referee;

internal static partial class FactText
{
    /// <summary>A fact's type and content: records print their members; input facts within them print as their type name.</summary>
    public static string Of(object fact) => $"{fact.GetType().Name}: {Namespaces().Replace(fact.ToString() ?? string.Empty, string.Empty)}";

    [GeneratedRegex(@"PolicyRules(\.\w+)*\.(?=\w+\b(?!\.))")]
    private static partial Regex Namespaces();
}
