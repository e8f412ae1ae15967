namespace PolicyRules.Screening.Recognizers;

/// <summary>A word or name found in an answer: where it is and the choice value it stands for.</summary>
public sealed record TermMatch(int Start, int Length, string Value)
{
    public int End => Start + Length;

    public bool IsInside(TermMatch other) => other.Start <= Start && End <= other.End && other.Length > Length;

    /// <summary>The matches not lying inside a longer one ("门头沟" inside "北京市门头沟区", "Beijing" inside "Outside Beijing").</summary>
    public static IReadOnlyList<TermMatch> Longest(IEnumerable<TermMatch> matches)
    {
        var all = matches.Distinct().ToList();
        return all.Where(m => !all.Any(m.IsInside)).ToList();
    }
}
