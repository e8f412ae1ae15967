using System.Collections.Concurrent;
using PolicyRules.Rules;
using PolicyRules.Screening.Catalog.Descriptions;
using PolicyRules.Screening.Listings;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Screening.Catalog;

/// <summary>The catalogue service over one policy library (see <see cref="IPolicyCatalog"/>).</summary>
public sealed class PolicyCatalog : IPolicyCatalog
{
    private readonly PolicyLibrary _library;
    private readonly ConcurrentDictionary<string, IReadOnlyList<Engine.RuleModel.EffectivePeriod>> _windows = new();
    private readonly Lazy<IReadOnlyList<AreaDescription>> _descriptions;

    internal PolicyCatalog(PolicyLibrary library, VariableRegistry variables)
    {
        _library = library;
        Variables = variables;
        Areas = [.. library.Areas.Select(a => new AreaSummary(
            a.Id, a.Manifest.Title, a.Manifest.Policy, [.. a.Manifest.Words.All], [.. a.Catalog.Programs.Select(p => p.Id)]))];
        _descriptions = new(() => new AreaDescriber(library, variables).DescribeAll());
    }

    public IReadOnlyList<AreaSummary> Areas { get; }

    public VariableRegistry Variables { get; }

    /// <summary>Every area, then every vocabulary, described in both languages: programs, variables, parameters and rules.</summary>
    public IReadOnlyList<AreaDescription> Describe() => _descriptions.Value;

    public DateOnly DateFor(string area, DateOnly today)
    {
        var windows = _windows.GetOrAdd(area, a => [.. _library.Rules(a).Select(r => r.Effective).Distinct()]);
        if (windows.Count == 0 || windows.Any(w => w.Contains(today)))
        {
            return today;
        }

        return windows.Where(w => w.From <= today).Select(w => w.From!.Value).DefaultIfEmpty(today).Max();
    }

    public IReadOnlyList<ProgramListing> Programs(string locale) => ProgramListing.All(_library, locale);

    public IReadOnlyList<VariableListing> VariableListings(string locale, DateOnly date, string? program = null) =>
        VariableListing.All(_library, Variables, locale, date, program);

    public IReadOnlyList<string> ClausesReading(string variableId) =>
        [.. _library.Factory.Rules
            .Where(r => r.Citation is not null && r.Inputs.Any(i => i.Id == variableId))
            .Select(r => r.Citation!.ToString())
            .Distinct()];

    public IReadOnlyList<OfficeListing> Offices(string? area, string locale) =>
        [.. (area is null ? _library.Catalogs : [_library.Catalog(area)])
            .SelectMany(c => c.Offices)
            .Select(o => new OfficeListing(o.Name.In(locale), o.Phone))
            .Distinct()];
}
