using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace PolicyRules.Bot.Staff;

/// <summary>
/// PDFsharp's fonts, by file: a family name is the path of a TrueType file, so each host can configure its own font
/// although PDFsharp takes one resolver per process. Bold is simulated (the CJK fallback fonts have no bold face).
/// </summary>
internal sealed class NoticeFontResolver : IFontResolver
{
    private static readonly Lazy<NoticeFontResolver> Installed = new(() =>
    {
        var resolver = new NoticeFontResolver();
        GlobalFontSettings.FontResolver = resolver;
        return resolver;
    });

    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    private NoticeFontResolver()
    {
    }

    /// <summary>Makes this the process's resolver, once.</summary>
    public static void Install() => _ = Installed.Value;

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        File.Exists(familyName) ? new FontResolverInfo(familyName, mustSimulateBold: isBold, mustSimulateItalic: isItalic) : null;

    public byte[]? GetFont(string faceName) => _files.GetOrAdd(faceName, File.ReadAllBytes);
}
