using CsCheck;
using PolicyRules.Screening.Recognizers;
using PolicyRules.Screening.Tests.Recognizers;
using PolicyRules.Screening.Variables;
using PolicyRules.Testing.Fuzz;

namespace PolicyRules.Screening.Tests.Fuzz;

/// <summary>
/// Every recognizer on any text a person might send: a value of the variable's type that its checks accept, "does not
/// know", or a re-ask in both languages — never an exception, never a value the checks refuse, never a hang.
/// </summary>
public sealed class RecognizerFuzzTests
{
    private static readonly VariableDefinition[] Variables = [.. Recognize.Variables.All.OrderBy(v => v.Id, StringComparer.Ordinal)];

    /// <summary>One variable for each way an answer is read: yes/no, date, months, years, count, share, money, choice, text.</summary>
    private static readonly VariableDefinition[] OnePerReading = [.. Variables
        .GroupBy(v => (v.Kind, v.Unit))
        .Select(g => g.First())];

    [Fact]
    public void Recognize_AnyTextForAnyVariable_IsAnAcceptedValueDoesNotKnowOrAReAsk()
    {
        Gen.Select(Gen.Int[0, Variables.Length - 1], HostileText.Any, Gen.Bool)
            .Sample(t => AssertRead(Variables[t.Item1], t.Item2, t.Item3 ? "en" : "zh-CN"), iter: 20_000);
    }

    [Fact]
    public void Spot_AnyText_StatesOnlyChoicesTheVariablesHave()
    {
        HostileText.Any.Sample(text =>
        {
            foreach (var answer in FactSpotter.Spot(Variables, text))
            {
                Assert.Equal(VariableKind.Choice, answer.Variable.Kind);
                Assert.IsAssignableFrom(answer.Variable.ValueType, answer.Value);
            }
        }, iter: 500);
    }

    [Fact]
    public void NumbersAndDistricts_AnyText_AreReadOrNot()
    {
        HostileText.Any.Sample(text =>
        {
            var normalized = TextNormalizer.Normalize(text);
            Assert.All(DistrictRecognizer.Find(normalized), match => Assert.False(string.IsNullOrEmpty(match.Value)));
            _ = DistrictRecognizer.Recognize(normalized);
            _ = NumberRecognizer.TryParse(normalized, out _);
            _ = ChineseNumeral.TryParse(normalized, out _);
        }, iter: 5_000);
    }

    [Fact(Timeout = 10_000)]
    public async Task Recognize_MillionCharacterAnswers_AreAskedAgainSayingTheyAreTooLong()
    {
        await Task.Run(() =>
        {
            foreach (var text in HostileText.Huge())
            {
                foreach (var variable in OnePerReading)
                {
                    var recognition = AnswerRecognizer.Recognize(variable, text, "en", Recognize.AsOf);
                    Assert.Equal(RecognitionOutcome.NotUnderstood, recognition.Outcome);
                    Assert.StartsWith("That answer is too long (", recognition.Message, StringComparison.Ordinal);
                    Assert.Empty(FactSpotter.Spot(Variables, text));
                }
            }
        });
    }

    [Theory]
    [InlineData(AnswerRecognizer.LongestAnswer, RecognitionOutcome.Known)]
    [InlineData(AnswerRecognizer.LongestAnswer + 1, RecognitionOutcome.NotUnderstood)]
    public void Recognize_AnswerAtTheLengthLimit_IsReadAndOneLongerIsNot(int length, RecognitionOutcome outcome)
    {
        // Arrange: "是" padded with spaces, which reading drops
        var text = "是".PadRight(length);

        // Act
        var recognition = Recognize.Answer("family.singleParent", text);

        // Assert
        Assert.Equal(outcome, recognition.Outcome);
    }

    private static void AssertRead(VariableDefinition variable, string text, string locale)
    {
        var recognition = AnswerRecognizer.Recognize(variable, text, locale, Recognize.AsOf);
        switch (recognition.Outcome)
        {
            case RecognitionOutcome.Known:
                Assert.IsAssignableFrom(variable.ValueType, recognition.Value);
                Assert.Null(AnswerReader.Check(variable, recognition.Value!, Recognize.AsOf));
                break;
            case RecognitionOutcome.Uncertain:
                Assert.Null(recognition.Value);
                break;
            default:
                Assert.False(string.IsNullOrWhiteSpace(recognition.ReAskZh));
                Assert.False(string.IsNullOrWhiteSpace(recognition.ReAskEn));
                Assert.Equal(recognition.ReAsk(locale), recognition.Message);
                break;
        }
    }
}
