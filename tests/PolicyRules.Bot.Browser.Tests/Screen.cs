namespace PolicyRules.Bot.Browser.Tests;

/// <summary>A screen the page is tested on: its size in CSS pixels, whether it is a phone, and large-text mode.</summary>
public sealed record Screen(string Name, int Width, int Height, bool IsPhone, bool LargeText)
{
    public static readonly Screen Desktop = new("desktop", 1280, 900, IsPhone: false, LargeText: false);

    /// <summary>A 6.1-inch phone (390×844, as an iPhone 12 to 15) in large-text mode: the tightest screen the page supports.</summary>
    public static readonly Screen PhoneLargeText = new("phone-large-text", 390, 844, IsPhone: true, LargeText: true);

    public static Screen Named(string name) => name switch
    {
        "desktop" => Desktop,
        "phone-large-text" => PhoneLargeText,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a screen of the tests."),
    };
}
