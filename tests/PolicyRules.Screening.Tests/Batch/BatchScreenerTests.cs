using PolicyRules.Screening.Batch;

namespace PolicyRules.Screening.Tests.Batch;

public sealed class BatchScreenerTests
{
    private const string Local = "school-enrolment.primary.local";

    [Fact]
    public async Task ScreenAsync_FarMoreRowsThanMayBeInFlight_GivesOneResultPerRowInInputOrder()
    {
        // Arrange: born on the last day of the entry age (eligible) and a day later (ineligible), in turn
        var rows = Enumerable.Range(0, 600).Select(i => i % 2 == 0 ? "primary,2011-08-31,mentougou" : "primary,2011-09-01,mentougou");
        using var text = new StringReader("child.stage,child.birthDate,child.hukou\n" + string.Join('\n', rows) + "\n");
        var services = ScreeningServices.Default;
        await using var table = await CsvCaseTable.OpenAsync(text, services.Variables, null, CancellationToken.None);
        var plan = ScreeningPlan.For(services.Catalog, table.Variables, new DateOnly(2017, 5, 10), null, new DateOnly(2017, 5, 10));
        var screener = new BatchScreener(services.Eligibility, services.Variables, plan) { Workers = 2, RowsInFlight = 4 };

        // Act
        var results = new List<ScreenedRow>();
        await foreach (var row in screener.ScreenAsync(table.ReadRowsAsync(CancellationToken.None)))
        {
            results.Add(row);
        }

        // Assert
        Assert.Equal(Enumerable.Range(2, 600).Select(n => (long)n), results.Select(r => r.Row));
        Assert.All(results, r => Assert.Equal(r.Row % 2 == 0 ? "eligible" : "ineligible", r.Programs.Single(p => p.Id == Local).Status));
    }

    [Fact]
    public void For_ListOfOneArea_ScreensThatAreasProgramsOnly()
    {
        // Arrange
        var services = ScreeningServices.Default;

        // Act
        var plan = ScreeningPlan.For(services.Catalog, [services.Variables["child.hukou"]], null, null, new DateOnly(2026, 12, 5));

        // Assert
        Assert.All(plan.Programs, p => Assert.Equal("school-enrolment", p.Area));
        Assert.Contains(Local, plan.ProgramIds);
        Assert.Equal(services.Catalog.DateFor("school-enrolment", new DateOnly(2026, 12, 5)), plan.DefaultDate);
    }
}
