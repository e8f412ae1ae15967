namespace PolicyRules.Bot.Staff;

/// <summary>The <c>Staff</c> configuration section: the counter console's settings.</summary>
public sealed class StaffOptions
{
    public const string Section = "Staff";

    /// <summary>
    /// A TrueType font with Chinese glyphs for the notice's PDF. PDFsharp embeds only TrueType outlines, and the usual
    /// CJK fonts (Noto CJK) are OpenType collections with CFF outlines, so the default is Debian's
    /// <c>fonts-droid-fallback</c>. Without such a font the PDF is refused and the console prints through the browser.
    /// </summary>
    public string PdfFontFile { get; set; } = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";

    /// <summary>The TrueType font for the digits and Latin letters the CJK font lacks (Debian's <c>fonts-dejavu-core</c>).</summary>
    public string PdfLatinFontFile { get; set; } = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
}
