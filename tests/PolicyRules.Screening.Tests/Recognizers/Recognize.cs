using PolicyRules.Screening.Recognizers;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Screening.Tests.Recognizers;

/// <summary>Reads answers for the real variables on a fixed evaluation date.</summary>
internal static class Recognize
{
    public static readonly DateOnly AsOf = new(2017, 5, 10);

    public static readonly VariableRegistry Variables = ScreeningServices.Default.Eligibility.Variables;

    public static Recognition Answer(string variableId, string text, string locale = "zh-CN") =>
        AnswerRecognizer.Recognize(Variables[variableId], text, locale, AsOf);
}
