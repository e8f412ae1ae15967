using System.Globalization;
using PolicyRules.Localization;

namespace PolicyRules.Screening.Variables;

/// <summary>
/// The request had inputs that cannot be used; nothing was evaluated. The first <see cref="MaximumListed"/> mistakes are
/// kept and the rest only counted, so that a file of 200,000 wrong ids is answered in a screenful, not 200,000 lines.
/// </summary>
public sealed class InvalidInputException : Exception
{
    public const int MaximumListed = 20;

    /// <param name="errors">The mistakes found; beyond <see cref="MaximumListed"/> they are counted, not kept.</param>
    /// <param name="unlisted">How many more mistakes were found and only counted.</param>
    /// <param name="locale">The language the input asked for (a case file's <c>locale</c>), when it named one we speak.</param>
    public InvalidInputException(IReadOnlyList<InputError> errors, int unlisted = 0, string? locale = null)
        : base(string.Join(Environment.NewLine, Lines(Listed(errors), unlisted + Beyond(errors), Locales.English)))
    {
        Errors = Listed(errors);
        Unlisted = unlisted + Beyond(errors);
        Locale = locale;
    }

    public IReadOnlyList<InputError> Errors { get; }

    /// <summary>How many mistakes there were besides <see cref="Errors"/>.</summary>
    public int Unlisted { get; }

    /// <summary>The language the input asked for, when it named one we speak; null otherwise.</summary>
    public string? Locale { get; }

    /// <summary>What a person reads: one line per mistake, then, when some were not listed, one line saying how many.</summary>
    public IReadOnlyList<string> Lines(string locale) => Lines(Errors, Unlisted, locale);

    private static List<string> Lines(IReadOnlyList<InputError> errors, int unlisted, string locale)
    {
        var lines = errors.Select(e => e.Line(locale)).ToList();
        if (unlisted > 0)
        {
            var count = unlisted.ToString("N0", CultureInfo.InvariantCulture);
            lines.Add(Locales.IsEnglish(locale)
                ? $"…and {count} more, not listed; put right the ones above and the rest will be shown."
                : $"……另有 {count} 处错误未列出；改正以上各处后会显示其余的。");
        }

        return lines;
    }

    private static InputError[] Listed(IReadOnlyList<InputError> errors) => [.. errors.Take(MaximumListed)];

    private static int Beyond(IReadOnlyList<InputError> errors) => Math.Max(0, errors.Count - MaximumListed);
}
