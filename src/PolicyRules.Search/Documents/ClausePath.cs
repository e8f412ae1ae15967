using System.Text.RegularExpressions;

namespace PolicyRules.Search.Documents;

/// <summary>
/// Follows a document's numbering line by line and spells the path of the clause each heading opens, as the rules'
/// citations spell it: 一、 → 一; （一） → (一); 1. → 1; （1） → (1), nested in that order (三(二)2(1)); 第十九条 stands
/// alone (its items nest under it); 第一章 resets the numbering. A numeral that a document uses twice for its parts gets
/// the part's title in brackets the second time (三[工作要求](一)). An annex (a line 附件 or 附件2) prefixes the paths
/// within it (附件2 三(一)), and the rows of an annex's table are clauses named by their first cell (附件[26], 附件[5月31日]); the first
/// row is the table's header, and
/// a page's repeat of it is no row.
/// </summary>
internal sealed partial class ClausePath
{
    public const string Preamble = "前言";

    private readonly HashSet<string> _parts = [];
    private string _annex = string.Empty;
    private string? _tableHeader;
    private string? _part;
    private string? _section;
    private string? _item;
    private string? _subitem;

    public static string WithoutBullet(string line) => Bullet().Replace(line, string.Empty);

    /// <summary>Whether <paramref name="line"/> is the header of the annex's table printed again on a new page.</summary>
    public bool RepeatsTableHeader(string line) =>
        _tableHeader is not null && line.Contains('\t', StringComparison.Ordinal) && SourceText.Compact(line.Split('\t')[0]) == _tableHeader;

    /// <summary>The path of the clause <paramref name="line"/> opens, or null when it continues the current clause.</summary>
    public string? Advance(string line)
    {
        var text = SourceText.Compact(WithoutBullet(line.Trim()));
        if (Annex().IsMatch(text))
        {
            _annex = text;
            _tableHeader = null;
            _parts.Clear();
            Open(part: null);
            return _annex;
        }

        if (_annex.Length > 0 && line.Contains('\t', StringComparison.Ordinal))
        {
            return TableRow(SourceText.Compact(line.Split('\t')[0]));
        }

        if (Chapter().Match(text) is { Success: true } chapter)
        {
            Open(part: null);
            return chapter.Value;
        }

        if (Article().Match(text) is { Success: true } article)
        {
            Open(article.Value);
            return Current;
        }

        if (Part().Match(text) is { Success: true } part)
        {
            var numeral = part.Groups[1].Value;
            Open(_parts.Add(numeral) ? numeral : $"{numeral}[{PartTitle(text[part.Length..])}]");
            return Current;
        }

        if (Section().Match(text) is { Success: true } section)
        {
            (_section, _item, _subitem) = ($"({section.Groups[1].Value})", null, null);
            return Current;
        }

        if (Item().Match(text) is { Success: true } item)
        {
            (_item, _subitem) = (item.Groups[1].Value, null);
            return Current;
        }

        if (Subitem().Match(text) is { Success: true } subitem)
        {
            _subitem = $"({subitem.Groups[1].Value})";
            return Current;
        }

        return null;
    }

    /// <summary>The path of the clause open now; within an annex, the annex and the path inside it, a space between (附件2 10).</summary>
    private string Current => string.Join(' ', new[] { _annex, $"{_part}{_section}{_item}{_subitem}" }.Where(p => p.Length > 0));

    private void Open(string? part) => (_part, _section, _item, _subitem) = (part, null, null, null);

    private string? TableRow(string firstCell)
    {
        if (firstCell.Length == 0 || firstCell.Length > 16)
        {
            return null;
        }

        if (_tableHeader is null)
        {
            _tableHeader = firstCell;
            return null;
        }

        Open(part: null);
        return $"{_annex}[{firstCell}]";
    }

    private static string PartTitle(string heading)
    {
        var end = heading.IndexOfAny(['，', '。', '：', '；', ',', '.', ':', ';', '（', '(', ' ']);
        var title = end < 0 ? heading : heading[..end];
        return title.Length > 10 ? title[..10] : title;
    }

    [GeneratedRegex(@"^[-•·]\s+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^附件[0-9一二三四五六七八九十]{0,2}$")]
    private static partial Regex Annex();

    [GeneratedRegex(@"^第[一二三四五六七八九十百零〇]+章")]
    private static partial Regex Chapter();

    [GeneratedRegex(@"^第[一二三四五六七八九十百零〇]+条")]
    private static partial Regex Article();

    [GeneratedRegex(@"^([一二三四五六七八九十]+)、")]
    private static partial Regex Part();

    [GeneratedRegex(@"^[（(]([一二三四五六七八九十]+)[）)]")]
    private static partial Regex Section();

    [GeneratedRegex(@"^(\d{1,2})[.．、](?!\d)")]
    private static partial Regex Item();

    [GeneratedRegex(@"^[（(](\d{1,2})[）)]")]
    private static partial Regex Subitem();
}
