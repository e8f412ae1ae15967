namespace PolicyRules.Cli.Tests;

public sealed class PermitCommandTests
{
    [Fact]
    public async Task Permit_AQuestion_AnswersWithTheChangeTheOfficeAndTheBasis()
    {
        // Act
        var run = await CliRun.RunAsync("permit", "物业资质审批还需要办吗");

        // Assert
        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Equal("物业服务企业资质审批（门政发〔2017〕19号附件第26项；实施机关：住房城乡建设委；行政许可）", lines[0]);
        Assert.Equal("已取消，不再办理。", lines[1]);
        Assert.Contains("设定依据：《物业管理条例》国务院令第379号", lines);
        Assert.Contains("依据：门政发〔2017〕19号 附件[26]", lines);
    }

    [Fact]
    public async Task Permit_InEnglish_AnswersInEnglish()
    {
        // Act
        var run = await CliRun.RunAsync("permit", "is the sports competition permit still required", "--lang", "en");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Approval to hold sports competitions (item 24 of 门政发〔2017〕19号's annex; District Sports Bureau;", run.Output, StringComparison.Ordinal);
        Assert.Contains("Now an internal government approval", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Permit_NotAmongTheItems_SaysSo()
    {
        // Act
        var run = await CliRun.RunAsync("permit", "驾驶证还需要办吗");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("门政发〔2017〕19号取消调整的34项行政职权中，没有与“驾驶证还需要办吗”相符的事项。", run.Output.Trim());
    }
}
