using PolicyRules.Localization;
using PolicyRules.Screening.Catalog;

namespace PolicyRules.Bot.Conversation;

/// <summary>
/// Finds the topic of a first message from the words in it, or from a menu choice. The topics are the
/// policy areas (from their manifests), then the subjects people ask about that no area covers yet,
/// which the bot answers honestly as not covered.
/// </summary>
internal sealed class TopicRouter
{
    private static readonly Topic[] NotYetCovered =
    [
        Uncovered("住房保障", "Housing support", ["公租房", "廉租房", "保障房", "共有产权房", "住房补贴", "public housing", "housing subsidy"]),
    ];

    private static readonly string[] AskingWords = ["想问", "问问", "问一下", "咨询", "了解", "想知道", "打听", "about", "ask"];

    private readonly IReadOnlyList<Topic> _topics;

    public TopicRouter(IPolicyCatalog catalog)
    {
        var covered = catalog.Areas.Select(a => new Topic(a.Id, a.Title, a.Words, a.Policy)).ToArray();
        var coveredWords = covered.SelectMany(t => t.Keywords).ToHashSet(StringComparer.Ordinal);
        _topics = [.. covered, .. NotYetCovered.Where(t => !t.Keywords.Any(coveredWords.Contains))];
        Covered = covered;
    }

    /// <summary>The topics an area covers, in the order of the menu.</summary>
    public IReadOnlyList<Topic> Covered { get; }

    public Topic? Route(string text) => Mentioned(text).FirstOrDefault();

    /// <summary>
    /// Every topic the message names, the one asked about leading: a menu title alone names one topic; otherwise a topic
    /// whose title the message contains, then one whose words follow a word of asking (想问, 咨询, 了解, about), then
    /// the others, covered topics first and each group in the order its words occur. "我是退役士兵，想咨询就业创业补贴"
    /// leads with employment, the veteran's service being the context; "我退伍了，想问退役安置和创业贷款" with placement.
    /// </summary>
    public IReadOnlyList<Topic> Mentioned(string text)
    {
        var titled = _topics.FirstOrDefault(t => string.Equals(t.Title.ZhCn, text, StringComparison.Ordinal)
            || string.Equals(t.Title.En, text, StringComparison.OrdinalIgnoreCase));
        if (titled is not null)
        {
            return [titled];
        }

        var lowered = text.ToLowerInvariant();
        var asking = AskingWords.Select(w => lowered.IndexOf(w, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        return _topics
            .Select(t => (Topic: t, Title: Names(lowered, t.Title), At: Occurrences(lowered, t.Keywords).ToArray()))
            .Where(t => t.At.Length > 0)
            .OrderBy(t => t.Topic.Area is null)
            .ThenBy(t => !t.Title)
            .ThenBy(t => asking < 0 || !t.At.Any(i => i > asking))
            .ThenBy(t => t.At.Where(i => i > asking).DefaultIfEmpty(t.At.Min()).Min())
            .Select(t => t.Topic)
            .ToArray();
    }

    private static bool Names(string text, Localized title) =>
        text.Contains(title.ZhCn, StringComparison.Ordinal)
        || (title.En is { Length: > 0 } en && text.Contains(en.ToLowerInvariant(), StringComparison.Ordinal));

    private static IEnumerable<int> Occurrences(string text, IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                yield return at;
            }
        }
    }

    private static Topic Uncovered(string zh, string en, string[] keywords) => new(null, new Localized { ZhCn = zh, En = en }, keywords);
}
