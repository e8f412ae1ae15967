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

    public Topic? Route(string text)
    {
        var lowered = text.ToLowerInvariant();
        return _topics.FirstOrDefault(t => string.Equals(t.Title.ZhCn, text, StringComparison.Ordinal)
                || string.Equals(t.Title.En, text, StringComparison.OrdinalIgnoreCase))
            ?? _topics.FirstOrDefault(t => t.Keywords.Any(k => lowered.Contains(k, StringComparison.Ordinal)));
    }

    private static Topic Uncovered(string zh, string en, string[] keywords) => new(null, new Localized { ZhCn = zh, En = en }, keywords);
}
