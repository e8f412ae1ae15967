using System.Globalization;
using PolicyRules.Rules.Tests;
using PolicyRules.Screening;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Cli.Tests.Screen;

/// <summary>
/// The policy cases of each area, put in a list as a street office would write it — every other row with Chinese
/// labels (上小学一年级, 是/否, 不知道) instead of the ids — give each case the statuses the case itself expects.
/// </summary>
public sealed class ScreenPolicyCaseTests
{
    public static TheoryData<string> Areas => new(Rules.PolicyLibrary.Default.Areas.Select(a => a.Id));

    [Theory]
    [MemberData(nameof(Areas))]
    public async Task Screen_AreaCasesAsOneList_GiveEachCaseItsOwnStatuses(string area)
    {
        // Arrange: one list per evaluation date (and operator's parameter file), as a list is screened as of one date
        using var list = new ScreenList();
        var variables = ScreeningServices.Default.Variables;
        foreach (var group in PolicyCases.Load(area).Where(c => c.Output.Count > 0).GroupBy(c => (c.Date, Operator: PolicyCases.OperatorFile(c))))
        {
            var cases = group.ToList();
            var header = cases.SelectMany(c => c.Input.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
            var rows = cases.Select((c, i) => header.Select(id => c.Input.TryGetValue(id, out var value) ? Cell(variables[id], value, chinese: i % 2 == 1) : string.Empty).ToList());
            var path = list.Write($"{area}-{group.Key.Date}-{Path.GetFileNameWithoutExtension(group.Key.Operator) ?? "none"}.csv", ScreenList.Csv(header, rows));
            string[] parameters = group.Key.Operator is { } file ? ["--parameters", file] : [];

            // Act
            var run = await CliRun.RunAsync(["screen", path, "--date", group.Key.Date, "--format", "jsonl", .. parameters]);

            // Assert
            Assert.True(run.ExitCode == 0, run.Error);
            var results = ScreenList.JsonLines(run.Output);
            Assert.Equal(cases.Count, results.Count);
            for (var i = 0; i < cases.Count; i++)
            {
                Assert.Equal(i + 2, results[i].GetProperty("row").GetInt64());
                foreach (var (program, status) in cases[i].Output)
                {
                    Assert.True(status == ScreenList.Status(results[i], program), $"{cases[i]}: {program} is {ScreenList.Status(results[i], program)}, the case says {status}");
                }
            }
        }
    }

    /// <summary>The case's value as a list gives it: the id as written, or its Chinese form.</summary>
    private static string Cell(VariableDefinition variable, string value, bool chinese) => (chinese, variable.Kind, value) switch
    {
        (true, _, "uncertain") => "不知道",
        (true, VariableKind.Bool, _) => bool.Parse(value) ? "是" : "否",
        (true, VariableKind.Choice, _) => variable.Choices.Single(c => c.Value == value).Label.ZhCn,
        (_, VariableKind.Decimal or VariableKind.Int, _) => decimal.Parse(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        _ => value,
    };
}
