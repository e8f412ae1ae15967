using PdfSharp.Drawing;

namespace PolicyRules.Bot.Staff;

/// <summary>
/// One size and weight of the notice's type: Chinese characters (from U+2E80: CJK, their punctuation, full-width forms)
/// in the CJK font, everything before them (digits, Latin, “quotes”) in the Latin font, since CJK fallback fonts such
/// as Droid Sans Fallback carry no Latin glyphs.
/// </summary>
internal sealed class NoticeFont(XFont cjk, XFont latin)
{
    private const char FirstCjk = '\u2E80';

    public double LineHeight { get; } = Math.Max(cjk.GetHeight(), latin.GetHeight()) * 1.3;

    public static NoticeFont Create(string cjkFile, string latinFile, double size, bool bold = false)
    {
        NoticeFontResolver.Install();
        var style = bold ? XFontStyleEx.Bold : XFontStyleEx.Regular;
        return new NoticeFont(new XFont(cjkFile, size, style), new XFont(latinFile, size, style));
    }

    public double Measure(XGraphics graphics, string text) => Runs(text).Sum(run => graphics.MeasureString(run.Text, run.Font).Width);

    public void Draw(XGraphics graphics, string text, XBrush brush, double x, double y)
    {
        foreach (var (run, font) in Runs(text))
        {
            graphics.DrawString(run, font, brush, x, y, XStringFormats.TopLeft);
            x += graphics.MeasureString(run, font).Width;
        }
    }

    /// <summary>The text cut where it changes between Chinese and Latin characters, each piece with its font.</summary>
    private IEnumerable<(string Text, XFont Font)> Runs(string text)
    {
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || (text[i] >= FirstCjk) != (text[start] >= FirstCjk))
            {
                yield return (text[start..i], text[start] >= FirstCjk ? cjk : latin);
                start = i;
            }
        }
    }
}
