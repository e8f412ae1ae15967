using PolicyRules.Rules;
using PolicyRules.Screening.Reports;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Screening.Listings;

/// <summary>One program as <c>policyrules programs</c> and <c>GET /api/programs</c> list it.</summary>
public sealed record ProgramListing(string Id, string Area, string Title, string? Office, CitationReport Citation)
{
    internal static IReadOnlyList<ProgramListing> All(PolicyLibrary library, string locale) => library.Catalogs
        .SelectMany(c => c.Programs.Select(p => new ProgramListing(
            p.Id,
            c.Area,
            p.Title.In(locale),
            c.Offices.FirstOrDefault(o => o.Id == p.Office)?.Name.In(locale),
            new CitationReport(p.Citation.Document, p.Citation.Clause))))
        .ToArray();

    internal static bool Exists(PolicyLibrary library, string id) => library.Catalogs.SelectMany(c => c.Programs).Any(p => p.Id == id);

    public static InputError Unknown(string id) => new("program", $"没有名为“{id}”的项目；可用 `policyrules programs` 查看全部项目。",
        $"There is no program '{id}'; `policyrules programs` lists them.");
}
