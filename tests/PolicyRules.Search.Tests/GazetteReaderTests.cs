namespace PolicyRules.Search.Tests;

/// <summary>The seed gazettes split into documents and clauses, the clauses named as the rules' citations name them.</summary>
public sealed class GazetteReaderTests
{
    [Fact]
    public void Read_SchoolEnrolmentTexts_SpellClausePathsAsTheRulesCiteThem()
    {
        // Act
        var implementation = SeedDocuments.PathsOf("门政办发〔2017〕26号");
        var fiveCertificates = SeedDocuments.PathsOf("门政办发〔2017〕27号");

        // Assert: items under sections under parts; a part numbered 三 twice; the timetable's rows
        Assert.Contains("三(二)2(7)", implementation);
        Assert.Contains("三[工作要求](五)", implementation);
        Assert.Contains("附件[5月31日]", implementation);
        Assert.Contains("四(二)2(1)", fiveCertificates);
        Assert.Equal("前言", fiveCertificates[0]);
    }

    [Fact]
    public void Read_PermitChangesNotice_MakesEachRowOfItsTableAClause()
    {
        // Act
        var notice = SeedDocuments.Get("门政发〔2017〕19号");

        // Assert: 34 rows, one of them continued over a page break
        var rows = notice.Clauses.Where(c => c.Path.StartsWith("附件[", StringComparison.Ordinal)).ToArray();
        Assert.Equal(Enumerable.Range(1, 34).Select(n => $"附件[{n}]"), rows.Select(r => r.Path));
        Assert.StartsWith("24|举办体育竞赛活动审批|体育局|", rows[23].Text, StringComparison.Ordinal);
        Assert.Contains("农村太阳能采暖项目核准", rows[17].Text, StringComparison.Ordinal);
        Assert.Equal("北京市门头沟区人民政府关于取消调整一批行政许可等行政职权事项的通知", notice.Title);
    }

    [Fact]
    public void Read_RegulationInArticles_NamesArticlesAndTheirItems()
    {
        // Act
        var paths = SeedDocuments.PathsOf("海政办发〔2017〕50号");

        // Assert
        Assert.Contains("第一章", paths);
        Assert.Contains("第十九条", paths);
        Assert.Contains("第三十一条(四)1", paths);
    }

    [Fact]
    public void Read_UnderALetterhead_TakesTheTitleFromBelowTheNumber()
    {
        // Act
        var opinion = SeedDocuments.Get("西政发〔2017〕13号");

        // Assert
        Assert.Equal("北京市西城区人民政府关于做好新形势下就业创业工作的实施意见", opinion.Title);
        Assert.Contains(opinion.Clauses, c => c.Path == "八(一)" && c.Text.Contains("就业困难人员", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_LinesBrokenMidPhrase_JoinsThemAsPrinted()
    {
        // Act: the title is printed over three lines, 少 and 年 on two of them
        var title = SeedDocuments.Get("门政办发〔2017〕27号").Title;

        // Assert
        Assert.Contains("2017年非本市户籍适龄儿童少年接受义务教育", title, StringComparison.Ordinal);
    }
}
