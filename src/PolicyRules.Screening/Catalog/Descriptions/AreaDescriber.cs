using System.Globalization;
using PolicyRules.Localization;
using PolicyRules.Rules;
using PolicyRules.Rules.Catalog;
using PolicyRules.Screening.Reports;
using PolicyRules.Screening.Text;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Screening.Catalog.Descriptions;

/// <summary>Describes each area and vocabulary of a policy library from its catalogue and its compiled rules.</summary>
internal sealed class AreaDescriber(PolicyLibrary library, VariableRegistry variables)
{
    private static readonly string ProgramTag = ProgramAttribute.TagFor(string.Empty);

    public IReadOnlyList<AreaDescription> DescribeAll() =>
        [.. library.Areas.Select(a => Describe(a.Catalog, a.Manifest.InForce.FromDate)), .. library.Vocabularies.Select(v => Describe(v, null))];

    private AreaDescription Describe(AreaCatalog catalog, DateOnly? asOf)
    {
        var date = asOf ?? DateOnly.MinValue;
        return new AreaDescription(
            catalog.Area,
            catalog.Manifest.Title,
            catalog.IsVocabulary ? null : catalog.Manifest.Policy,
            catalog.IsVocabulary,
            asOf,
            [.. catalog.Programs.Select(p => new ProgramDescription(
                p.Id, p.Title, catalog.Offices.FirstOrDefault(o => o.Id == p.Office)?.Name, Cite(p.Citation)))],
            [.. variables.All.Where(v => v.Area == catalog.Area).OrderBy(v => v.Id, StringComparer.Ordinal).Select(v => new VariableDescription(
                v.Id, v.TypeName, Both(locale => v.Question(locale, date)), v.Choices, v.Unit, v.Programs))],
            [.. catalog.Parameters.Select(p => new ParameterDescription(
                p.Name, p.Description, p.Label, p.Unit, p.Operator,
                [.. p.Values.Select(v => new ParameterValueDescription(v.Key, Format(v.Value.Value), Cite(v.Value.Reference)))]) { Actual = p.Actual })],
            catalog.IsVocabulary ? [] : [.. library.Rules(catalog.Area).Select(r => new RuleDescription(
                r.Name,
                r.Metadata.Description,
                catalog.Texts.Rules.TryGetValue(r.Name, out var text) ? Both(locale => TextRenderer.Render(text, locale, catalog, date)) : null,
                r.Citation is null ? null : new CitationReport(r.Citation.Document, r.Citation.Clause),
                [.. r.Metadata.Tags.Where(t => t.StartsWith(ProgramTag, StringComparison.Ordinal)).Select(t => t[ProgramTag.Length..])]))]);
    }

    private static Localized Both(Func<string, string> text) => new() { ZhCn = text(Locales.Chinese), En = text(Locales.English) };

    private static CitationReport Cite(CitationEntry citation) => new(citation.Document, citation.Clause);

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        List<object> items => string.Join("、", items.Select(Format)),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
