using Microsoft.Net.Http.Headers;
using PolicyRules.Localization;

namespace PolicyRules.Bot.Api;

/// <summary>Which language a REST request wants: <c>?lang=</c> first, then (for a case) its locale, then Accept-Language.</summary>
internal static class ApiLocale
{
    /// <summary>False, with a problem to return, when <c>?lang=</c> names a language we do not speak.</summary>
    public static bool TryQuery(string? lang, out string? locale, out IResult? problem)
    {
        locale = lang;
        problem = lang is null or Locales.Chinese or Locales.English
            ? null
            : ApiProblems.BadRequest("Unsupported language", $"lang must be zh-CN or en, not '{lang}'.");
        return problem is null;
    }

    /// <summary>The language to answer in: <c>?lang=</c>, else the case's own locale, else Accept-Language, else Chinese.</summary>
    public static string Resolve(HttpRequest request, string? queryLocale, string? caseLocale) =>
        queryLocale ?? caseLocale ?? FromAcceptLanguage(request) ?? Locales.Chinese;

    /// <summary>The most preferred of zh* and en* in Accept-Language, or null when neither is there.</summary>
    public static string? FromAcceptLanguage(HttpRequest request) => request.GetTypedHeaders().AcceptLanguage
        .OrderByDescending(l => l.Quality ?? 1)
        .Select(l => l.Value.Value)
        .Where(l => l is not null && (l.StartsWith("zh", StringComparison.OrdinalIgnoreCase) || Locales.IsEnglish(l)))
        .Select(Locales.Normalize)
        .FirstOrDefault();
}
