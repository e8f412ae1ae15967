using System.Text.Json.Nodes;

namespace PolicyRules.Cli.Tests;

public sealed class ExplainCommandTests
{
    [Fact]
    public async Task Explain_NonBeijingFamily_DrawsTheRulesBehindTheYesAsATree()
    {
        // Act
        var run = await CliRun.RunAsync("explain", CliRun.Sample("non-beijing-family.json"));

        // Assert: the program, the rule that grants it, the rules behind the facts it matched, and beneath one of them its own
        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n').Select(l => l.TrimEnd()).ToArray();
        Assert.StartsWith("评估说明（按 2017-05-10 的规定；规则版本 ", lines[0], StringComparison.Ordinal);
        Assert.Contains("├── ✅ 符合  小学入学：非本市户籍（“五证”审核） (school-enrolment.primary.non-beijing)", lines);
        Assert.Contains(lines, l => l.StartsWith("│   └── ✓ 孩子年满6周岁，已按时网上登记注册并提出审核申请", StringComparison.Ordinal) && l.EndsWith("（依据：门政办发〔2017〕27号 二）", StringComparison.Ordinal));
        Assert.Contains("│       ├── ✓ 父母双方均在京工作，其中一方在门头沟区务工就业（依据：门政办发〔2017〕27号 四(一)）", lines);
        Assert.Contains("│       │   └── ✓ 房屋租赁合同期限半年以上（6个月及以上）、在2017年4月28日前签订（依据：门政办发〔2017〕27号 四(二)2）", lines);
    }

    [Fact]
    public async Task Explain_LeaseSignedAfterTheCutOff_ShowsTheConditionThatFailedWithTheAnswer()
    {
        // Arrange: the lease was signed on 2017-04-29, after 27号 四(二)2's 2017年4月28日前
        var family = JsonNode.Parse(await File.ReadAllTextAsync(CliRun.Sample("non-beijing-family.json")))!;
        family["facts"]!["residence.leaseSignedDate"] = "2017-04-29";

        // Act
        var run = await CliRun.RunWithInputAsync(family.ToJsonString(), "explain", "-", "--program", "school-enrolment.primary.non-beijing");

        // Assert
        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n').Select(l => l.TrimEnd()).ToArray();
        Assert.Equal("└── ❌ 不符合  小学入学：非本市户籍（“五证”审核） (school-enrolment.primary.non-beijing)", lines[1]);
        Assert.Contains(lines, l => l.StartsWith("    └── ✗ 不满足：", StringComparison.Ordinal) && l.Contains("2017年4月29日", StringComparison.Ordinal)
            && l.EndsWith("（依据：门政办发〔2017〕27号 四(二)2）", StringComparison.Ordinal));
        Assert.DoesNotContain("另有", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_AnAreaInEnglish_ShowsItsProgramsWithQuestionsStillOpen()
    {
        // Act
        var run = await CliRun.RunWithInputAsync("""{"date":"2017-05-10","facts":{"child.stage":"primary"}}""", "explain", "-", "--program", "school-enrolment", "--lang", "en");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Why, as of 2017-05-10", run.Output, StringComparison.Ordinal);
        Assert.Contains("❓ Cannot tell yet  Primary entry", run.Output, StringComparison.Ordinal);
        Assert.Contains("── ? Cannot tell yet. Still needed:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_UnknownProgram_FailsNamingIt()
    {
        // Act
        var run = await CliRun.RunAsync("explain", CliRun.Sample("non-beijing-family.json"), "--program", "school-enrolment.nope");

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("school-enrolment.nope", run.Error, StringComparison.Ordinal);
    }
}
