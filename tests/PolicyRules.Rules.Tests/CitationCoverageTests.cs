using PolicyRules.Engine.RuleModel;
using PolicyRules.Rules.Catalog;
using PolicyRules.Screening;

namespace PolicyRules.Rules.Tests;

/// <summary>
/// The Catala discipline, checked mechanically: every rule cites a clause that exists, every clause
/// is formalised or says why not, every rule fires in some case, every program is both granted and
/// refused in some case.
/// </summary>
public sealed class CitationCoverageTests
{
    private static readonly PolicyLibrary Library = PolicyLibrary.Default;

    public static TheoryData<string> Areas => [.. PolicyLibrary.Default.Areas.Select(a => a.Id)];

    /// <summary>The areas and the vocabularies (the citizen's): everything that declares variables.</summary>
    public static TheoryData<string> Modules => [.. PolicyLibrary.Default.Areas.Select(a => a.Id).Concat(PolicyLibrary.Default.Vocabularies.Select(v => v.Area))];

    [Theory]
    [MemberData(nameof(Areas))]
    public void Rules_EveryRule_CitesAClauseOfItsSourceText(string area)
    {
        // Arrange
        var text = PolicyText.Parse(Library.Catalog(area).PolicyText);

        // Act
        var unresolved = Library.Rules(area)
            .Where(r => r.Citation is null || !text.Has(r.Citation.Document, r.Citation.Clause))
            .Select(r => $"{r.Name} → {r.Citation?.ToString() ?? "no [Cites]"}")
            .ToArray();

        // Assert
        Assert.Empty(unresolved);
    }

    [Theory]
    [MemberData(nameof(Areas))]
    public void PolicyText_EveryClause_IsCitedOrMarkedNotFormalised(string area)
    {
        // Arrange
        var text = PolicyText.Parse(Library.Catalog(area).PolicyText);
        var cited = Library.Rules(area).Select(r => r.Citation!.ToString()).ToHashSet();

        // Act
        var orphans = text.Clauses
            .Where(c => !c.NotFormalised && !cited.Contains($"{c.Document} {c.Path}"))
            .Select(c => $"{c.Document} {c.Path}")
            .ToArray();
        var contradictory = text.Clauses
            .Where(c => c.NotFormalised && cited.Contains($"{c.Document} {c.Path}"))
            .Select(c => $"{c.Document} {c.Path}")
            .ToArray();

        // Assert
        Assert.NotEmpty(text.Clauses);
        Assert.Empty(orphans);
        Assert.Empty(contradictory);
    }

    [Theory]
    [MemberData(nameof(Areas))]
    public void Catalogue_EveryCitation_ResolvesToAClause(string area)
    {
        // Arrange
        var catalog = Library.Catalog(area);
        var text = PolicyText.Parse(catalog.PolicyText);
        var citations = catalog.Programs.Select(p => (Where: $"program {p.Id}", Citation: p.Citation))
            .Concat(catalog.Offices.Select(o => (Where: $"office {o.Id}", Citation: o.Citation)))
            .Concat(catalog.Interpretations.Select(i => (Where: $"interpretation {i.Id}", Citation: i.Citation)))
            .Concat(catalog.Deadlines.Where(d => d.Citation is not null).Select(d => (Where: $"deadline {d.Id}", Citation: d.Citation!)))
            .Concat(catalog.Parameters.SelectMany(p => p.Values.Values.Select(v => (Where: $"parameter {p.Name}", Citation: v.Reference))));

        // Act
        var unresolved = citations.Where(c => !text.Has(c.Citation.Document, c.Citation.Clause)).Select(c => $"{c.Where} → {c.Citation}").ToArray();

        // Assert
        Assert.Empty(unresolved);
    }

    [Theory]
    [MemberData(nameof(Areas))]
    public void Texts_EveryRule_HasAReasonInBothLanguages(string area)
    {
        // Arrange
        var texts = Library.Catalog(area).Texts.Rules;

        // Act
        var missing = Library.Rules(area)
            .Where(r => !texts.TryGetValue(r.Name, out var t) || string.IsNullOrWhiteSpace(t.ZhCn) || string.IsNullOrWhiteSpace(t.En))
            .Select(r => r.Name)
            .ToArray();

        // Assert
        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Areas))]
    public void Cases_EveryRule_FiresInSomeCase(string area)
    {
        // Arrange
        var fired = PolicyCases.Load(area).SelectMany(c => CaseRunner.Run(c).Fired).ToHashSet();

        // Act
        var neverFired = Library.Rules(area).Select(r => r.Name).Where(n => !fired.Contains(n)).ToArray();

        // Assert
        Assert.Empty(neverFired);
    }

    [Theory]
    [MemberData(nameof(Areas))]
    public void Cases_EveryProgram_IsBothGrantedAndRefused(string area)
    {
        // Arrange
        var cases = PolicyCases.Load(area);

        // Act
        var incomplete = Library.Catalog(area).Programs
            .Where(p => !cases.Any(c => c.Output.GetValueOrDefault(p.Id) == "eligible")
                || !cases.Any(c => c.Output.GetValueOrDefault(p.Id) is "ineligible" or "notApplicable"))
            .Select(p => p.Id)
            .ToArray();

        // Assert
        Assert.Empty(incomplete);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Variables_EveryChoice_MatchesTheEnumMembers(string area)
    {
        // Arrange
        var variables = ScreeningServices.Default.Eligibility.Variables.All.Where(v => v.Area == area && v.ValueType.IsEnum);

        // Act
        var mismatched = variables
            .Where(v => !v.Choices.Select(c => c.Value).Order(StringComparer.Ordinal)
                .SequenceEqual(Enum.GetNames(v.ValueType).Select(n => char.ToLowerInvariant(n[0]) + n[1..]).Order(StringComparer.Ordinal)))
            .Select(v => v.Id)
            .ToArray();

        // Assert
        Assert.Empty(mismatched);
    }

    [Fact]
    public void Rules_EveryRule_BelongsToOneAreaAndHasAnEffectiveWindow()
    {
        // Act
        var homeless = Library.Rules()
            .Where(r => Library.Areas.Count(a => Library.Rules(a.Id).Contains(r)) != 1 || r.Effective == EffectivePeriod.Always)
            .Select(r => r.Name)
            .ToArray();

        // Assert
        Assert.Empty(homeless);
    }

    [Theory]
    [MemberData(nameof(Areas))]
    public void Manifest_EveryArea_NamesItsSourcesAndWindowAndHasCases(string area)
    {
        // Arrange
        var manifest = Library.Area(area).Manifest;

        // Act
        var documents = manifest.Sources.Select(s => s.Document).ToArray();

        // Assert
        Assert.NotEmpty(documents);
        Assert.All(manifest.Sources, s => Assert.False(string.IsNullOrWhiteSpace(s.Title) || string.IsNullOrWhiteSpace(s.Issuer) || string.IsNullOrWhiteSpace(s.Date), $"{area}: {s.Document} needs a title, issuer and date"));
        Assert.NotNull(manifest.InForce.FromDate);
        Assert.All(Library.Rules(area).Where(r => r.Citation is not null), r => Assert.Contains(r.Citation!.Document, documents));
        Assert.NotEmpty(PolicyCases.Load(area));
    }

    [Fact]
    public void Interpretations_EveryEntry_NamesAReadingAnAlternativeAndAReason()
    {
        // Act
        var incomplete = Library.Catalogs.SelectMany(c => c.Interpretations)
            .Where(i => string.IsNullOrWhiteSpace(i.Reading.ZhCn) || string.IsNullOrWhiteSpace(i.Alternative.ZhCn) || string.IsNullOrWhiteSpace(i.Reason))
            .Select(i => i.Id)
            .ToArray();

        // Assert
        Assert.Empty(incomplete);
    }
}
