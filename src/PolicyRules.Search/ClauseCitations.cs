using PolicyRules.Screening.Catalog.Descriptions;

namespace PolicyRules.Search;

/// <summary>
/// The rules that cite each clause, from the rules' [Cites]. A citation names a clause by the path the clause has in the
/// text (三(二)2(1)); one that qualifies a path with a label in brackets that the numbering does not give (二[业主自愿], a
/// paragraph of 二; 附件[5月9至25日], a row of the timetable) is found in the clause of that path whose text has the label,
/// or in the clause whose path starts with it.
/// </summary>
internal sealed class ClauseCitations(IEnumerable<RuleDescription> rules)
{
    private readonly ILookup<string, RuleDescription> _byDocument = rules.Where(r => r.Citation is not null).ToLookup(r => r.Citation!.Document);

    public IReadOnlyList<CitingRule> Of(string document, string path, string text) =>
        [.. _byDocument[document]
            .Where(r => Names(r.Citation!.Clause, path, text))
            .SelectMany(r => r.Programs.Count == 0 ? [new CitingRule(r.Name, null)] : r.Programs.Select(p => new CitingRule(r.Name, p)))];

    private static bool Names(string cited, string path, string text)
    {
        if (cited == path)
        {
            return true;
        }

        var open = cited.LastIndexOf('[');
        if (open < 0 || !cited.EndsWith(']'))
        {
            return false;
        }

        var label = cited[(open + 1)..^1];
        return (path == cited[..open] && text.Contains(label, StringComparison.Ordinal)) || path.StartsWith(cited[..^1], StringComparison.Ordinal);
    }
}
