using Quickenshtein;

namespace PolicyRules.Screening.Text;

/// <summary>The word a mistyped one was most likely meant to be: <c>data</c> for <c>date</c>, <c>fact</c> for <c>facts</c>.</summary>
internal static class ClosestWord
{
    /// <summary>The candidate nearest to <paramref name="word"/> (ignoring case): one edit from a word of four letters or fewer, two from a longer one; or null.</summary>
    public static string? To(string word, IEnumerable<string> candidates)
    {
        var typed = word.ToLowerInvariant();
        return candidates
            .Where(candidate => Math.Abs(candidate.Length - word.Length) <= 2)
            .Select(candidate => (Candidate: candidate, Distance: Levenshtein.GetDistance(typed, candidate.ToLowerInvariant())))
            .Where(c => c.Distance <= (c.Candidate.Length <= 4 ? 1 : 2))
            .OrderBy(c => c.Distance)
            .Select(c => c.Candidate)
            .FirstOrDefault();
    }
}
