using PolicyRules.Screening;

namespace PolicyRules.Bot.Tests;

/// <summary>
/// The employment area's wage condition in a conversation: with Beijing's minimum wage set in the operator's parameter
/// file (a test value), the bot asks an employer for the lowest monthly wage and compares it with 1.2 times the figure;
/// without it, it asks the yes/no question instead (the employer transcripts).
/// </summary>
public sealed class EmploymentConversationTests
{
    private static readonly Dictionary<string, string> Employer = new()
    {
        ["enquirer.jobsRole"] = "用人单位",
        ["hiring.higherTierHires"] = "2",
        ["hiring.lowerTierHires"] = "0",
        ["hiring.servicePostHires"] = "0",
        ["hiring.socialInsurance"] = "是",
        ["hiring.contractMonths"] = "两年",
        ["hiring.dispatchFirm"] = "不是",
        ["hiring.unemployedHiredThisYear"] = "2",
        ["hiring.retireesEngaged"] = "0",
    };

    [Theory]
    [InlineData("2400元", "✅ 符合：招用登记失业人员等的岗位补贴")]
    [InlineData("2399元", "❌ 不符合：招用登记失业人员等的岗位补贴")]
    public async Task Employer_MinimumWageSetByTheOperator_AsksTheLowestWageAndComparesItWithTheFloor(string wage, string decision)
    {
        // Arrange
        var file = Path.Combine(Path.GetTempPath(), $"policyrules-operator-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file, """
            employment-subsidy:
              beijing_minimum_wage:
                - { from: 2017-09-01, value: 2000, source: 测试值（检验计算用） }
            """);
        var bot = new BotHarness(services: ScreeningServices.Create(file));

        // Act: an answer the map does not hold (the yes/no wage question) would be "否", and refuse the subsidy
        var card = (await bot.AnswerUntilResultAsync("招人有补贴吗", new Dictionary<string, string>(Employer) { ["hiring.monthlyWage"] = wage }, otherwise: "否")).Text!;

        // Assert
        Assert.Contains(decision, card, StringComparison.Ordinal);
        Assert.Contains("当年本市最低工资标准2,000元的1.2倍（最低工资标准2017年9月1日起执行，来源：测试值（检验计算用））", card, StringComparison.Ordinal);
    }
}
