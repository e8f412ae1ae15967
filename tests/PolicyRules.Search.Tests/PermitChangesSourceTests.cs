using PolicyRules.Rules.PermitChanges;

namespace PolicyRules.Search.Tests;

/// <summary>The 34 items of permit-changes.yaml are the rows of 门政发〔2017〕19号's annex, word for word: nothing invented.</summary>
public sealed class PermitChangesSourceTests
{
    private static readonly PermitChangeList Data = PermitChangeList.Default;

    public static TheoryData<int> Items => [.. Data.Items.Select(i => i.Number)];

    [Theory]
    [MemberData(nameof(Items))]
    public void Item_IsItsRowOfTheAnnex(int number)
    {
        // Arrange
        var item = Data.Items.Single(i => i.Number == number);
        var row = SeedDocuments.Get(Data.Document).Clauses.Single(c => c.Path == $"附件[{number}]").Text;

        // Act
        var cells = $"{number}|{item.Name.ZhCn}|{item.Office.ZhCn}|{item.Basis}|{item.Category}|{item.Decision}";

        // Assert: the row, and after it at most the signature that follows the table
        Assert.True(row == cells || row.StartsWith(cells + " ", StringComparison.Ordinal), $"Row {number} reads: {row}");
        Assert.Contains(item.MergedInto?.ZhCn ?? item.Kept ?? string.Empty, item.Decision, StringComparison.Ordinal);
    }

    [Fact]
    public void Notice_SaysTheSummaryAndTheRulesQuoted()
    {
        // Arrange
        var notice = SeedDocuments.Get(Data.Document);
        var body = notice.Clauses.Single(c => c.Path == "前言").Text;

        // Assert
        Assert.Equal(Data.Title, notice.Title);
        Assert.Contains(Data.Summary, body, StringComparison.Ordinal);
        Assert.All(Data.Changes.Values.Where(c => c.Rule is not null), c => Assert.Contains(c.Rule!, body, StringComparison.Ordinal));
    }
}
