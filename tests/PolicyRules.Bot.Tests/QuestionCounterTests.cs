using System.Text.RegularExpressions;
using PolicyRules.Bot.Conversation.Interview;

namespace PolicyRules.Bot.Tests;

public sealed class QuestionCounterTests
{
    [Theory]
    [InlineData(null, 16, 16, false)] // the first question shows the estimate
    [InlineData(12, 9, 9, false)]     // it falls with the estimate
    [InlineData(12, 12, 12, false)]
    [InlineData(12, 15, 12, false)]   // a rise of three is absorbed by "about"
    [InlineData(12, 16, 16, true)]    // a rise of four is shown, and the bot says a route opened
    public void Next_AfterAnAnswer_NeverCreepsUp(int? lastShown, int estimate, int shown, bool routeOpened)
    {
        // Act
        var next = QuestionCounter.Next(lastShown, estimate);

        // Assert
        Assert.Equal((shown, routeOpened), next);
    }

    [Theory]
    [MemberData(nameof(TranscriptTests.Transcripts), MemberType = typeof(TranscriptTests))]
    public void Transcript_CounterRises_OnlyWhenTheBotSaysARouteOpenedOrAnotherAreaStarts(string file)
    {
        // Arrange
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, file));
        var counter = new Regex(@"(?:约还剩(\d+)题|about (\d+) left)", RegexOptions.None, TimeSpan.FromSeconds(1));

        // Act
        int? last = null;
        var explained = false;
        var unexplained = new List<string>();
        foreach (var line in lines)
        {
            explained |= line.Contains("还有一条途径需要了解", StringComparison.Ordinal) || line.Contains("opens another route", StringComparison.Ordinal)
                || line.Contains("前面回答过的问题不再问", StringComparison.Ordinal) || line.Contains("Nothing you have answered will be asked again", StringComparison.Ordinal);
            var match = counter.Match(line);
            if (!match.Success)
            {
                continue;
            }

            var shown = int.Parse(match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (last is { } before && shown > before && !explained)
            {
                unexplained.Add($"{before} → {shown}: {line}");
            }

            last = shown;
            explained = false;
        }

        // Assert
        Assert.Empty(unexplained);
    }
}
