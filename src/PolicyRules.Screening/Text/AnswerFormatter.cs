using System.Globalization;
using PolicyRules.Engine.Evaluation;
using PolicyRules.Localization;
using PolicyRules.Rules.Catalog;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Screening.Text;

/// <summary>An answer as a person reads it: 是/否, a written date, the label of a choice, a share as a percentage.</summary>
public static class AnswerFormatter
{
    public static string Format(Answer answer, string locale)
    {
        if (answer.State != InputState.Known)
        {
            return Locales.IsEnglish(locale) ? "don't know" : "不知道";
        }

        return answer.Value switch
        {
            bool b => Locales.IsEnglish(locale) ? (b ? "yes" : "no") : (b ? "是" : "否"),
            DateOnly date => TextRenderer.FormatDate(date, locale),
            Enum choice => ChoiceLabel(answer.Variable, choice, locale),
            decimal share when string.Equals(answer.Variable.Unit, Recognizers.ShareRecognizer.Unit, StringComparison.OrdinalIgnoreCase) =>
                (share * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%",
            _ => Convert.ToString(answer.Value, CultureInfo.InvariantCulture) ?? string.Empty,
        };
    }

    /// <summary>The JSON name of a choice: the enum member in camel case.</summary>
    public static string ChoiceName(Enum choice)
    {
        var name = choice.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static string ChoiceLabel(VariableDefinition variable, Enum choice, string locale) =>
        variable.Choices.FirstOrDefault(c => c.Value == ChoiceName(choice))?.Label.In(locale) ?? choice.ToString();
}
