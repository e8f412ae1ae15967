using System.Text.RegularExpressions;
using PolicyRules.Localization;
using PolicyRules.Screening;
using PolicyRules.Search;

namespace PolicyRules.Cli.Search;

/// <summary>
/// <c>policyrules search QUERY</c>: the clauses of the policy documents that answer the query, best first, each with its
/// document number and title, clause path, the passage with the match in 【】, and the rules (and programs) that encode it.
/// The index is kept under the user's local application data and rebuilt when the documents change.
/// </summary>
internal sealed partial class SearchCommand(TextWriter stdout, TextWriter stderr, Func<ScreeningServices> screening)
{
    public const int MaximumLimit = PolicySearch.MaximumLimit;

    public int Run(string? query, string? documents, int? limit, string? language)
    {
        var locale = language ?? Locales.Chinese;
        if (string.IsNullOrWhiteSpace(query))
        {
            throw new UsageException("search needs a query, e.g. policyrules search 五证 (quote a query of several words).");
        }

        var folder = DocumentsFolder.Find(documents);
        if (folder is null)
        {
            stderr.WriteLine(DocumentsFolder.NotFound(locale));
            return 1;
        }

        SearchResults results;
        try
        {
            var options = new SearchOptions { DocumentsFolder = folder, CacheDirectory = CacheDirectory() };
            results = new PolicySearch(options, screening().Catalog.Describe().SelectMany(a => a.Rules)).Search(query, limit ?? PolicySearch.DefaultLimit);
        }
        catch (DocumentsFolderException e)
        {
            stderr.WriteLine($"{e.Message} {DocumentsFolder.NotFound(locale)}");
            return 1;
        }

        Write(results, locale);
        return 0;
    }

    private void Write(SearchResults results, string locale)
    {
        var english = Locales.IsEnglish(locale);
        if (results.Results.Count == 0)
        {
            stdout.WriteLine(english ? $"No clause found for “{results.Query}”." : $"没有找到与“{results.Query}”相关的条款。");
            return;
        }

        stdout.WriteLine(english ? $"{results.Results.Count} clauses for “{results.Query}”, best first:" : $"与“{results.Query}”相关的条款 {results.Results.Count} 条（按相关程度排序）：");
        foreach (var (hit, rank) in results.Results.Select((h, i) => (h, i + 1)))
        {
            stdout.WriteLine();
            stdout.WriteLine($"{rank}. {hit.DocumentNumber} {hit.ClausePath}  ({hit.Score})");
            stdout.WriteLine($"   {hit.Title}");
            stdout.WriteLine($"   {Highlighted().Replace(hit.Passage, "【$1】")}");
            if (hit.Rules.Count > 0)
            {
                var rules = hit.Rules.GroupBy(r => r.Rule).Select(g => g.Any(r => r.Program is not null)
                    ? $"{g.Key} ({string.Join(", ", g.Select(r => r.Program).OfType<string>())})"
                    : g.Key);
                stdout.WriteLine($"   {(english ? "Encoded by" : "编码规则")}: {string.Join("; ", rules)}");
            }
        }
    }

    /// <summary>Where the index is kept: the user's local application data (the temporary folder where there is none).</summary>
    private static string CacheDirectory()
    {
        var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        return Path.Combine(string.IsNullOrEmpty(data) ? Path.GetTempPath() : data, "policyrules");
    }

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Highlighted();
}
