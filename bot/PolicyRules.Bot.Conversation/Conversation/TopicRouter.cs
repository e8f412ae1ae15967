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

    public Topic? Route(string text) => Mentioned(text).FirstOrDefault();

    /// <summary>
    /// Every topic the message names, the one named first leading: a menu title names one topic; otherwise each topic whose
    /// words occur, covered topics first, each in the order its words occur ("我是退役军人，想问安置和就业补贴" names veteran
    /// placement, then employment).
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
        return _topics
            .Select(t => (Topic: t, At: t.Keywords.Select(k => lowered.IndexOf(k, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min()))
            .Where(t => t.At >= 0)
            .OrderBy(t => t.Topic.Area is null)
            .ThenBy(t => t.At)
            .Select(t => t.Topic)
            .ToArray();
    }

    private static Topic Uncovered(string zh, string en, string[] keywords) => new(null, new Localized { ZhCn = zh, En = en }, keywords);
}
