using System.Globalization;
using PolicyRules.Screening.Recognizers;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PolicyRules.Screening.Tests.Recognizers;

/// <summary>
/// The way people really answer, read by the recognizers of the real variables: every phrasing of the
/// files in Phrasings/ (fillers, a yes or no with a reason, a choice described rather than named, dates
/// and durations as written, "don't know"), in Chinese and English.
/// </summary>
public sealed class PhrasingTests
{
    public static TheoryData<string, string, string> Phrasings()
    {
        var yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        var data = new TheoryData<string, string, string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Recognizers", "Phrasings"), "*.yaml").Order(StringComparer.Ordinal))
        {
            foreach (var group in yaml.Deserialize<List<PhrasingGroup>>(File.ReadAllText(file)))
            {
                foreach (var says in group.Says)
                {
                    data.Add(group.Variable, says, group.Means);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Phrasings))]
    public void Recognize_EverydayPhrasing_MeansWhatAPersonMeans(string variable, string says, string means)
    {
        // Act
        var result = Recognize.Answer(variable, says, says.Any(c => c > 0x2E80) ? "zh-CN" : "en");

        // Assert
        switch (means)
        {
            case "notUnderstood":
                Assert.Equal(RecognitionOutcome.NotUnderstood, result.Outcome);
                break;
            case "uncertain":
                Assert.Equal(RecognitionOutcome.Uncertain, result.Outcome);
                break;
            default:
                Assert.True(result.Outcome == RecognitionOutcome.Known, $"“{says}” was not read ({result.Message})");
                Assert.Equal(means, Text(result.Value!));
                break;
        }
    }

    private static string Text(object value) => value switch
    {
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Enum e => Screening.Text.AnswerFormatter.ChoiceName(e),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };

    private sealed class PhrasingGroup
    {
        public string Variable { get; set; } = string.Empty;

        public string Means { get; set; } = string.Empty;

        public List<string> Says { get; set; } = [];
    }
}
