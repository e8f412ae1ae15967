namespace PolicyRules.Screening.Recognizers;

/// <summary>
/// The words people put after a number for a variable's unit (<c>unit:</c> in variables.yaml):
/// "300平方米", "300平", "300㎡" for square metres, "15张床位" for beds, "6层" for storeys. A number
/// answer may end in one of its variable's unit words and nothing else: "300平米" is no bed count.
/// </summary>
public static class UnitWords
{
    public const string SquareMetre = "squareMetre";

    public const string Bed = "bed";

    public const string Storey = "storey";

    public const string Year = "year";

    public const string Entrance = "entrance";

    public const string Grade = "grade";

    private static readonly Dictionary<string, string[]> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        // Longest first: the first word the answer ends in is removed.
        [SquareMetre] = ["平方米", "平米", "平方", "平", "㎡", "m²", "m2", "sqm", "squaremetres", "squaremeters", "squaremetre", "squaremeter"],
        [Bed] = ["张床位", "个床位", "张床", "床位", "张", "床", "beds", "bed"],
        [Storey] = ["层楼", "层", "楼", "storeys", "stories", "storey", "floors", "floor"],
        [Year] = ["年"],
        [Entrance] = ["个单元门", "个单元", "单元门", "单元", "个门", "entrances", "entrance"],
        [Grade] = ["级", "grade"],
    };

    /// <summary><paramref name="compact"/> (no spaces, lower case) without a trailing word of <paramref name="unit"/>, or as it is.</summary>
    public static string Strip(string compact, string? unit)
    {
        if (unit is null || !Words.TryGetValue(unit, out var words))
        {
            return compact;
        }

        var word = words.FirstOrDefault(w => compact.Length > w.Length && compact.EndsWith(w, StringComparison.Ordinal));
        return word is null ? compact : compact[..^word.Length];
    }
}
