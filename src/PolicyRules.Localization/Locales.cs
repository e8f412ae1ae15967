namespace PolicyRules.Localization;

/// <summary>The two languages: Chinese is the source and the default; any "en…" locale is English.</summary>
public static class Locales
{
    public const string Chinese = "zh-CN";

    public const string English = "en";

    public static bool IsEnglish(string? locale) => locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    /// <summary>The supported locale nearest to what a client sent.</summary>
    public static string Normalize(string? locale) => IsEnglish(locale) ? English : Chinese;
}
