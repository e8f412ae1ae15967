using System.Globalization;
using PolicyRules.Engine.Evaluation;
using PolicyRules.Localization;
using PolicyRules.Rules.Catalog;
using PolicyRules.Screening.Reports;
using PolicyRules.Screening.Text;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Screening.Amounts;

/// <summary>
/// Computes a granted amount from the area's parameters as of the evaluation date and the person's
/// answers. Where a figure the text does not give is not yet set by an operator, or an answer the
/// formula needs is not given, the report shows the formula with what is missing named, never a
/// made-up number; the unanswered variables are returned so the interview can ask them.
/// </summary>
internal sealed class AmountCalculator(AreaCatalog area, VariableRegistry variables, EvaluationRequest request)
{
    private const string PercentUnit = "percent";
    private const string YuanUnit = "yuan";

    private bool English => Locales.IsEnglish(request.Locale);

    public AmountReport Calculate(string amountId, List<string> missing)
    {
        AddUnanswered(amountId, missing);
        var formula = variables.Amounts.Of(area.Area, amountId);
        var entry = formula.Entry;
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var parameter in formula.Parameters)
        {
            if (ParameterValue(parameter, entry.YearOf) is { } value)
            {
                values[parameter] = value;
            }
        }

        foreach (var variable in formula.Variables)
        {
            if (request.Answers.TryGetValue(variable, out var answer) && answer.State == InputState.Known)
            {
                values[variable] = FormulaValue(answer.Value!);
            }
        }

        var complete = values.Count == formula.Parameters.Count + formula.Variables.Count;
        return new AmountReport(
            entry.Id,
            entry.Label.In(request.Locale),
            complete ? formula.Evaluate(values) : null,
            complete ? null : formula.Render(name => Show(name, values, entry.YearOf)),
            entry.Unit,
            entry.Period,
            Years(entry.Years),
            new CitationReport(entry.Citation.Document, entry.Citation.Clause));
    }

    /// <summary>Adds to <paramref name="missing"/> the answers the amount's formula reads that were never asked (not those answered "don't know").</summary>
    public void AddUnanswered(string amountId, List<string> missing) =>
        missing.AddRange(variables.Amounts.Of(area.Area, amountId).Variables
            .Distinct()
            .Where(variable => !request.Answers.ContainsKey(variable) && !missing.Contains(variable))
            .ToArray());

    /// <summary>A parameter as the formula reads it: as of the evaluation date, or for the year <c>yearOf</c> names; a percentage as a fraction.</summary>
    private decimal? ParameterValue(string name, YearOfEntry? yearOf = null)
    {
        var parameter = area.Parameters.First(p => p.Name == name);
        object? value;
        if (yearOf?.Parameter == name)
        {
            var year = YearOf(yearOf);
            value = year is null ? null : parameter.Values.LastOrDefault(v => v.Key.Year == year).Value?.Value;
        }
        else
        {
            value = parameter.ValueAt(request.Date)?.Value;
        }

        if (value is null)
        {
            return null;
        }

        var number = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
        return parameter.Unit == PercentUnit ? number / 100 : number;
    }

    /// <summary>The year whose figure a <c>yearOf</c> parameter stands for, once the date it depends on is answered.</summary>
    private int? YearOf(YearOfEntry yearOf) =>
        request.Answers.TryGetValue(yearOf.Date, out var answer) && answer.State == InputState.Known && answer.Value is DateOnly date
            ? yearOf.YearFor(date)
            : null;

    private decimal? Years(string? years) =>
        years is null ? null
        : decimal.TryParse(years, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number
        : ParameterValue(years);

    /// <summary>An answer as NCalc reads it: a number as decimal, yes/no as bool, a choice by its JSON name, a date as a date.</summary>
    private static object FormulaValue(object value) => value switch
    {
        bool or string => value,
        Enum choice => AnswerFormatter.ChoiceName(choice),
        DateOnly date => date.ToDateTime(TimeOnly.MinValue),
        _ => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
    };

    private string Show(string name, IReadOnlyDictionary<string, object> values, YearOfEntry? yearOf)
    {
        if (AmountFormula.Functions.Contains(name))
        {
            return name switch
            {
                "Floor" => English ? "round down" : "向下取整",
                "Ceiling" => English ? "round up" : "向上取整",
                _ => English ? "round" : "四舍五入",
            };
        }

        if (name.Contains('.', StringComparison.Ordinal))
        {
            var question = variables[name].Question(request.Locale, request.Date);
            var state = request.Answers.ContainsKey(name) ? (English ? "you don't know" : "您不知道") : (English ? "not answered" : "尚未回答");
            return values.TryGetValue(name, out var answered)
                ? answered is decimal money && request.Answers[name].Variable.Unit == YuanUnit ? $"{Number(money)}{Unit(YuanUnit)}" : AnswerFormatter.Format(request.Answers[name], request.Locale)
                : English ? $"[{question.TrimEnd('?')} — {state}]" : $"［{question.TrimEnd('？')}（{state}）］";
        }

        var parameter = area.Parameters.First(p => p.Name == name);
        var label = parameter.Label?.In(request.Locale) ?? parameter.Description;
        if (values.TryGetValue(name, out var value))
        {
            if (parameter.Unit == Recognizers.ShareRecognizer.Unit && TextRenderer.TryPercent(value, out var percent))
            {
                return percent;
            }

            var number = (decimal)value;
            return $"{Number(parameter.Unit == PercentUnit ? number * 100 : number)}{Unit(parameter.Unit)}";
        }

        if (yearOf?.Parameter == name)
        {
            if (YearOf(yearOf) is { } year)
            {
                return English ? $"[{label}, {year} — not set yet]" : $"［{year}年{label}（尚未设定）］";
            }

            var question = variables[yearOf.Date].Question(request.Locale, request.Date);
            return English ? $"[{label} — its year depends on: {question}]" : $"［{label}（年份取决于：{question}）］";
        }

        if (parameter.Actual)
        {
            return English ? $"[{label} — as actually incurred]" : $"［{label}（据实）］";
        }

        return English ? $"[{label} — not set yet]" : $"［{label}（尚未设定）］";
    }

    private string Unit(string unit) => unit switch
    {
        YuanUnit => English ? " yuan" : "元",
        PercentUnit => "%",
        _ => string.Empty,
    };

    private static string Number(decimal value) => value.ToString(value == decimal.Truncate(value) ? "#,0" : "#,0.##", CultureInfo.InvariantCulture);
}
