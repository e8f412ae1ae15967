namespace PolicyRules.Search.Tests;

/// <summary>Queries a counter clerk asks, against the real seed texts: the document that answers comes first, with its clause.</summary>
public sealed class SeedSearchTests(SeedSearch seeds) : IClassFixture<SeedSearch>
{
    private const string FiveCertificates = "门政办发〔2017〕27号";

    [Fact]
    public void Search_FiveCertificates_RanksTheirDocumentAndItsClausesFirst()
    {
        // Act: 五证 is two characters, shorter than a trigram
        var results = seeds.Search.Search("五证").Results;

        // Assert
        var top = results.Take(4).ToArray();
        Assert.All(top, h => Assert.Equal(FiveCertificates, h.DocumentNumber));
        Assert.Contains(top, h => h.ClausePath == "二");
        Assert.Contains(top, h => h.ClausePath == "三(二)" && h.Rules.Any(r => r.Program == "school-enrolment.primary.non-beijing"));
        Assert.Contains("**五证**", results[0].Passage, StringComparison.Ordinal);
        Assert.Contains("非本市户籍适龄儿童少年接受义务教育证明证件材料审核实施细则", results[0].Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("安置", "门政办发〔2017〕25号", "二(一)3")]
    [InlineData("养老驿站", "门政办发〔2017〕2号", "五")]
    [InlineData("加装电梯", "海行规发〔2017〕6号", "四(二)")]
    [InlineData("就业困难人员", "西政发〔2017〕13号", "八(一)")]
    [InlineData("一次性告知", "海政办发〔2017〕50号", "第十九条")]
    [InlineData("物业服务企业资质审批", "门政发〔2017〕19号", "附件[26]")]
    [InlineData("体育竞赛活动审批", "门政发〔2017〕19号", "附件[24]")]
    public void Search_AQueryOfAnArea_PutsItsDocumentFirstAndTheClauseInTheTopFive(string query, string document, string clause)
    {
        // Act
        var results = seeds.Search.Search(query).Results;

        // Assert
        Assert.Equal(document, results[0].DocumentNumber);
        Assert.Contains(results.Take(5), h => h.DocumentNumber == document && h.ClausePath == clause);
    }

    [Fact]
    public void Search_OneTimeNotice_HighlightsThePhraseInTheArticle()
    {
        // Act
        var hit = seeds.Search.Search("一次性告知").Results[0];

        // Assert
        Assert.Equal("第十九条", hit.ClausePath);
        Assert.StartsWith("第十九条实行**一次性告知**制度。", hit.Passage, StringComparison.Ordinal);
        Assert.EndsWith("…", hit.Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_TwoWords_FindsOnlyClausesThatSayBoth()
    {
        // Act: 五证 alone also finds 海淀's 五证合一 for businesses, which says nothing of a residence permit
        var results = seeds.Search.Search("五证 居住证").Results;

        // Assert
        Assert.NotEmpty(results);
        Assert.All(results, h => Assert.Equal(FiveCertificates, h.DocumentNumber));
        Assert.Contains(seeds.Search.Search("五证").Results, h => h.DocumentNumber == "海政发〔2017〕22号");
    }

    [Fact]
    public void Search_AClauseARuleEncodes_NamesTheRuleAndItsProgram()
    {
        // Act
        var hit = seeds.Search.Search("受雇于用人单位").Results.First(h => h.DocumentNumber == FiveCertificates);

        // Assert
        Assert.Equal("四(一)1", hit.ClausePath);
        Assert.Contains(hit.Rules, r => r.Rule.StartsWith("school-enrolment/", StringComparison.Ordinal) && r.Program == "school-enrolment.primary.non-beijing");
    }

    [Fact]
    public void Search_AClauseNoRuleEncodes_RanksBelowAnEncodedOneThatSaysAsMuch()
    {
        // Act: 门政办发〔2017〕27号 三 and 三(三) say 五证 once each, as 三(二) does; only 三(二) (the application window) is encoded
        var results = seeds.Search.Search("五证").Results.ToList();

        // Assert
        var encoded = results.FindIndex(h => h.ClausePath == "三(二)");
        Assert.True(encoded < results.FindIndex(h => h.ClausePath == "三"));
        Assert.True(encoded < results.FindIndex(h => h.ClausePath == "三(三)"));
        Assert.Empty(results.Single(h => h.DocumentNumber == FiveCertificates && h.ClausePath == "三").Rules);
    }

    [Fact]
    public void Search_WordsNoDocumentSays_FindNothing()
    {
        // Act
        var results = seeds.Search.Search("比特币 潜水艇").Results;

        // Assert
        Assert.Empty(results);
    }

    [Fact]
    public void Search_AWordHalfOfWhosePairsAClauseSays_FindsTheClause()
    {
        // Act: no text says 量子计算机, but some say 计算机 (计算, 算机: two of its four pairs)
        var results = seeds.Search.Search("量子计算机").Results;

        // Assert
        Assert.NotEmpty(results);
        Assert.All(results, h => Assert.Contains("**计算机**", h.Passage, StringComparison.Ordinal));
    }

    [Fact]
    public void Search_Limit_CapsTheResults()
    {
        // Act
        var results = seeds.Search.Search("安置", limit: 3).Results;

        // Assert
        Assert.Equal(3, results.Count);
    }
}
