using PolicyRules.Localization;
using PolicyRules.Rules.PermitChanges;
using PolicyRules.Screening.Reports;

namespace PolicyRules.Screening.Permits;

/// <summary>
/// “Is permit X still required?”, answered from 门政发〔2017〕19号: the items of its annex a question names, each with what
/// became of it, the office and the basis. The same for the CLI (<c>policyrules permit</c>), the REST API and the bot.
/// </summary>
public sealed class PermitRegister
{
    private static readonly Lazy<PermitRegister> Shared = new(() => new PermitRegister(PermitChangeList.Default));

    private readonly PermitChangeList _list;
    private readonly PermitMatcher _chinese;
    private readonly PermitMatcher _english;

    private PermitRegister(PermitChangeList list)
    {
        _list = list;
        _chinese = new PermitMatcher(list.Items.Select(i => i.Name.ZhCn));
        _english = new PermitMatcher(list.Items.Select(i => i.Name.In(Locales.English)));
    }

    public static PermitRegister Default => Shared.Value;

    /// <summary>The notice's number.</summary>
    public string Document => _list.Document;

    /// <summary>How many items the notice's annex lists.</summary>
    public int Count => _list.Items.Count;

    public IReadOnlyList<PermitListing> All(string locale) => [.. _list.Items.Select(i => Listing(i, locale))];

    /// <summary>
    /// The items <paramref name="question"/> names (a name or part of one, or a question such as 物业服务企业资质审批还需要办吗
    /// or “is the sports competition permit still required?”), best first; none when it names none.
    /// </summary>
    public IReadOnlyList<PermitListing> Find(string question, string locale)
    {
        var matcher = question.Any(c => c is >= '\u4e00' and <= '\u9fff') ? _chinese : _english;
        return [.. matcher.Match(question).Select(i => Listing(_list.Items[i], locale))];
    }

    private PermitListing Listing(PermitChangeEntry item, string locale)
    {
        var change = _list.Changes[item.Change];
        var answer = change.Answer.In(locale)
            .Replace("{mergedInto}", item.MergedInto?.In(locale), StringComparison.Ordinal)
            .Replace("{kept}", item.Kept, StringComparison.Ordinal);
        return new PermitListing(
            item.Number,
            item.Name.In(locale),
            item.Office.In(locale),
            _list.Categories[item.Category].In(locale),
            item.Change,
            answer,
            item.Decision,
            item.Basis,
            item.MergedInto?.In(locale),
            item.Kept,
            change.Rule is null ? null : new ReasonReport(change.Rule, new CitationReport(_list.Document, "前言")),
            new CitationReport(_list.Document, $"附件[{item.Number}]"));
    }
}
