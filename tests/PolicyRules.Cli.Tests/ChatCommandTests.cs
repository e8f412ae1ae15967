namespace PolicyRules.Cli.Tests;

public sealed class ChatCommandTests
{
    [Fact]
    public async Task Chat_TypedAnswersAndButtonNumbers_EndsWithACitedResult()
    {
        // Arrange: "1" presses the first button of the question before it
        var typed = string.Join('\n', "想问孩子上学的事", "1", "门头沟", "2011年8月31日", "没有", "没有", "否", "否", "exit");

        // Act
        var run = await CliRun.RunWithInputAsync(typed, "chat");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("第2题", run.Output, StringComparison.Ordinal);
        Assert.Contains("✅ 符合：小学入学", run.Output, StringComparison.Ordinal);
        Assert.Contains("门政办发〔2017〕26号 三(一)1", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("**", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\n- ", run.Output, StringComparison.Ordinal);
        Assert.Contains("• 孩子为本区（门头沟区）户籍", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_English_GreetsAndAsksInEnglish()
    {
        // Act
        var run = await CliRun.RunWithInputAsync("my child starts primary school\n", "chat", "--lang", "en");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("From what you said I noted: Stage: Starting primary school", run.Output, StringComparison.Ordinal);
        Assert.Contains("Question 2", run.Output, StringComparison.Ordinal);
    }
}
