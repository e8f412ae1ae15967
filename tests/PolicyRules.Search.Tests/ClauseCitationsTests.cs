using PolicyRules.Screening;

namespace PolicyRules.Search.Tests;

/// <summary>Every clause a rule cites, in a document of the seeds, is a clause search finds and names the rule on.</summary>
public sealed class ClauseCitationsTests
{
    /// <summary>Citations whose bracketed label is a reading of the encoder, with no heading or words in the text to find it by.</summary>
    private static readonly string[] LabelsNotInTheText =
    [
        "海行规发〔2017〕6号 四[末段]",   // the last paragraph of 四, printed under 四(四)
        "海行规发〔2017〕6号 附件2",      // the second annex, printed with its title but without the word 附件2
        "门政办发〔2017〕2号 三[延伸功能]", // the text says 延伸性功能
    ];

    [Fact]
    public void Of_EveryCitationOfASeedDocument_FindsItsClause()
    {
        // Arrange
        var rules = ScreeningServices.Default.Catalog.Describe().SelectMany(a => a.Rules).Where(r => r.Citation is not null).ToArray();
        var citations = new ClauseCitations(rules);

        // Act
        var unfound = rules
            .Where(r => SeedDocuments.ByNumber.ContainsKey(r.Citation!.Document))
            .Where(r => !SeedDocuments.Get(r.Citation!.Document).Clauses.Any(c => citations.Of(r.Citation.Document, c.Path, c.Text).Any(x => x.Rule == r.Name)))
            .Select(r => $"{r.Citation!.Document} {r.Citation.Clause}")
            .Distinct()
            .Order(StringComparer.Ordinal);

        // Assert
        Assert.Equal(LabelsNotInTheText.Order(StringComparer.Ordinal), unfound);
        Assert.True(rules.Count(r => SeedDocuments.ByNumber.ContainsKey(r.Citation!.Document)) > 300);
    }
}
