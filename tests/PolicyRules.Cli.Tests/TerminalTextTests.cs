using PolicyRules.Cli.Chat;

namespace PolicyRules.Cli.Tests;

/// <summary>The bot's Markdown in a terminal: the words without the marks.</summary>
public sealed class TerminalTextTests
{
    [Theory]
    [InlineData("**✅ 符合：小学入学**", "✅ 符合：小学入学")]
    [InlineData("时间：\n- 5月8日至5月31日 信息采集\n- 7月10日起 发放通知书", "时间：\n\n• 5月8日至5月31日 信息采集\n• 7月10日起 发放通知书")]
    [InlineData("您目前的回答：\n1. 入学阶段：上小学一年级\n2. 孩子户籍：门头沟区", "您目前的回答：\n\n1. 入学阶段：上小学一年级\n2. 孩子户籍：门头沟区")]
    [InlineData("# 咨询结果\n\n正文", "咨询结果\n\n正文")]
    [InlineData("隐私提示：只问需要的信息。\n您随时可以说：改一下。", "隐私提示：只问需要的信息。\n您随时可以说：改一下。")]
    [InlineData("费用 2*3 元", "费用 2*3 元")]
    public void From_Markdown_GivesThePlainTextAPersonReads(string markdown, string expected)
    {
        // Act
        var text = TerminalText.From(markdown);

        // Assert
        Assert.Equal(expected.Replace("\n", Environment.NewLine, StringComparison.Ordinal), text);
    }
}
