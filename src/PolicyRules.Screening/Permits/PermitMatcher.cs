using System.Text.RegularExpressions;
using PolicyRules.Screening.Recognizers;

namespace PolicyRules.Screening.Permits;

/// <summary>
/// Finds the items a question names: the question without its asking words (还需要办吗, is … still required) is cut into
/// units (pairs of Chinese characters; English words), and an item matches by how much of the question its name covers,
/// each unit weighted by how rare it is among the names (审批 and approval say little; 体育 and sports say much).
/// </summary>
internal sealed partial class PermitMatcher
{
    /// <summary>An item matches when its name covers this share of the question.</summary>
    private const double Enough = 0.5;

    /// <summary>Items as good as this share of the best match are given with it.</summary>
    private const double NearBest = 0.8;

    private static readonly HashSet<string> EnglishFillers =
    [
        "a", "an", "the", "is", "are", "do", "does", "i", "we", "my", "our", "still", "need", "needed", "required", "require",
        "necessary", "permit", "licence", "license", "to", "for", "of", "any", "longer", "get", "have", "it",
    ];

    private readonly IReadOnlyList<string[]> _names;
    private readonly Dictionary<string, double> _weights;

    /// <param name="names">The items' names in one language, in the items' order.</param>
    public PermitMatcher(IEnumerable<string> names)
    {
        _names = [.. names.Select(n => Units(n.ToLowerInvariant()).Distinct().ToArray())];
        _weights = _names.SelectMany(n => n).GroupBy(u => u).ToDictionary(g => g.Key, g => Weight(g.Count()));
    }

    /// <summary>The indexes of the items the question names, best first.</summary>
    public IReadOnlyList<int> Match(string question)
    {
        var asked = Units(Subject(question)).Distinct().ToArray();
        var total = asked.Sum(u => _weights.GetValueOrDefault(u, Weight(0)));
        if (total == 0)
        {
            return [];
        }

        var scores = _names.Select((name, i) => (Index: i, Score: asked.Where(name.Contains).Sum(u => _weights[u]) / total)).ToArray();
        var best = scores.Max(s => s.Score);
        return best < Enough ? [] : [.. scores.Where(s => s.Score >= best * NearBest).OrderByDescending(s => s.Score).Select(s => s.Index)];
    }

    private double Weight(int names) => Math.Log(1 + (_names.Count / (1.0 + names)));

    /// <summary>What the question asks about: without 请问, 还需要办吗, 是否还需要, is … still required and the like.</summary>
    private static string Subject(string question)
    {
        var text = TextNormalizer.Normalize(question).ToLowerInvariant();
        if (!text.Any(IsChinese))
        {
            return text;
        }

        var compact = TextNormalizer.Compact(text);
        return AskingAfter().Replace(AskingBefore().Replace(compact, string.Empty), string.Empty);
    }

    private static IEnumerable<string> Units(string text)
    {
        if (text.Any(IsChinese))
        {
            var chinese = new string([.. text.Where(IsChinese)]);
            return chinese.Length == 1 ? [chinese] : Enumerable.Range(0, chinese.Length - 1).Select(i => chinese.Substring(i, 2));
        }

        return Words().Matches(text).Select(m => m.Value.TrimEnd('s')).Where(w => w.Length > 1 && !EnglishFillers.Contains(w));
    }

    private static bool IsChinese(char c) => c is >= '\u4e00' and <= '\u9fff';

    // Anchored: 用 and 要 are asking words at the ends of a question, but may be words of a name inside it (使用有毒物品).
    [GeneratedRegex(@"^(请问|我想问一下|我想问|问一下)?(现在|目前)?(是否|是不是)?(还|仍然|仍)?(需要|要|用|得)?(办理|办|申请)?")]
    private static partial Regex AskingBefore();

    [GeneratedRegex(@"(现在|目前)?(是否|是不是)?(还|仍然|仍)?(需要|要|用|得|能)?(办理|办|申请)?(取消了|取消)?(吗|么|嘛|呢)?[?.!。！]*$")]
    private static partial Regex AskingAfter();

    [GeneratedRegex(@"[a-z]+")]
    private static partial Regex Words();
}
