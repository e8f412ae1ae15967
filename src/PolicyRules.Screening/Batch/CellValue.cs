using System.Globalization;
using System.Text.Json;
using PolicyRules.Screening.Recognizers;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Screening.Batch;

/// <summary>
/// One cell of a list, written the way a case file writes the same answer, so that <see cref="AnswerReader"/>
/// checks it and words its mistakes exactly as for <c>policyrules evaluate</c>. What a spreadsheet holds
/// besides the JSON forms is accepted: a choice by its id or by its Chinese or English label, yes/no in either
/// language (是/否, 有/没有, yes/no, true/false, and the question's own words such as 住校/走读), and "don't know" (不知道, 不确定, uncertain…). Anything else is passed
/// on as text, for the reader to refuse with the message that names what it expected.
/// </summary>
internal static class CellValue
{
    private static readonly HashSet<string> Yes = new(StringComparer.OrdinalIgnoreCase) { "true", "yes", "y", "是", "有", "对", "符合" };
    private static readonly HashSet<string> No = new(StringComparer.OrdinalIgnoreCase) { "false", "no", "n", "否", "无", "没有", "不是", "不符合" };
    private static readonly JsonElement True = JsonSerializer.SerializeToElement(true);
    private static readonly JsonElement False = JsonSerializer.SerializeToElement(false);
    private static readonly JsonElement DoesNotKnow = JsonSerializer.SerializeToElement<object?>(null);

    /// <summary>The cell as a fact: null for an empty cell (the question was not asked).</summary>
    public static JsonElement? ToFact(VariableDefinition variable, string cell)
    {
        var text = cell.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (text.Equals("uncertain", StringComparison.OrdinalIgnoreCase) || UncertainRecognizer.IsUncertain(text))
        {
            return DoesNotKnow;
        }

        return variable.Kind switch
        {
            VariableKind.Bool when Yes.Contains(text) || variable.YesTerms.Contains(text) => True,
            VariableKind.Bool when No.Contains(text) || variable.NoTerms.Contains(text) => False,
            VariableKind.Int or VariableKind.Decimal when decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) =>
                JsonSerializer.SerializeToElement(number),
            VariableKind.Choice => JsonSerializer.SerializeToElement(ChoiceId(variable, text) ?? text),
            _ => JsonSerializer.SerializeToElement(text),
        };
    }

    private static string? ChoiceId(VariableDefinition variable, string text) => variable.Choices
        .FirstOrDefault(c => string.Equals(c.Value, text, StringComparison.OrdinalIgnoreCase)
            || c.Label.ZhCn == text
            || string.Equals(c.Label.En, text, StringComparison.OrdinalIgnoreCase))?.Value;
}
