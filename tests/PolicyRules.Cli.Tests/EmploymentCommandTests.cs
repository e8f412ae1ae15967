namespace PolicyRules.Cli.Tests;

/// <summary>
/// The employment area's figures that the text does not give, through `policyrules evaluate`: Beijing's minimum wage,
/// compared with the wage once an operator's parameter file sets it (the policy cases' test file), and the start-up
/// loan's interest, always a formula naming the loan's actual rate.
/// </summary>
public sealed class EmploymentCommandTests
{
    private const string Employer = """
        {"date":"2017-10-10","facts":{"enquirer.jobsRole":"employer","hiring.dispatchFirm":false,"hiring.higherTierHires":1,
        "hiring.lowerTierHires":0,"hiring.servicePostHires":0,"hiring.unemployedHiredThisYear":0,"hiring.retireesEngaged":0,
        "hiring.contractMonths":12,"hiring.socialInsurance":true,"hiring.monthlyWage":2400}}
        """;

    private static readonly string MinimumWageFile = Path.Combine(AppContext.BaseDirectory, "Cases", "employment-subsidy", "operator", "minimum-wage.yaml");

    [Fact]
    public async Task Evaluate_MinimumWageSet_WageOfExactlyTheFloorQualifiesAndTheReasonNamesTheFigure()
    {
        // Act
        var run = await CliRun.RunWithInputAsync(Employer, "evaluate", "-", "--parameters", MinimumWageFile);

        // Assert
        Assert.Equal(0, run.ExitCode);
        var program = run.Program("employment-subsidy.post-subsidy");
        Assert.Equal("eligible", program.GetProperty("status").GetString());
        Assert.Contains(program.GetProperty("reasons").EnumerateArray(), r =>
            r.GetProperty("text").GetString()!.Contains("当年本市最低工资标准2,000元的1.2倍（最低工资标准2017年9月1日起执行，来源：测试数据", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Evaluate_MinimumWageNotSet_AsksWhetherTheWageReachesTheFloorInstead()
    {
        // Act
        var run = await CliRun.RunWithInputAsync(Employer, "evaluate", "-");

        // Assert
        Assert.Equal(0, run.ExitCode);
        var program = run.Program("employment-subsidy.post-subsidy");
        Assert.Equal("undetermined", program.GetProperty("status").GetString());
        Assert.Equal(["hiring.wageAtLeastFloor"], program.GetProperty("missing").EnumerateArray().Select(m => m.GetString()!).ToArray());
    }

    [Fact]
    public async Task Evaluate_FounderWithAHalfInterestLoan_AmountIsTheLoanTimesTheActualRateNeverANumber()
    {
        // Act
        var run = await CliRun.RunAsync("evaluate", Path.Combine(AppContext.BaseDirectory, "samples", "employment-subsidy", "job-seeker-and-founder.json"));

        // Assert
        Assert.Equal(0, run.ExitCode);
        var program = run.Program("employment-subsidy.startup-loan-interest");
        Assert.Equal("eligible", program.GetProperty("status").GetString());
        var amount = Assert.Single(program.GetProperty("amounts").EnumerateArray());
        Assert.False(amount.TryGetProperty("value", out _));
        Assert.Equal("500,000元 × ［贷款实际年利率（按贷款合同）（据实）］ × 50%", amount.GetProperty("formula").GetString());
        Assert.Equal("perYear", amount.GetProperty("period").GetString());
    }
}
