using System.Globalization;
using System.Text.Json;
using PolicyRules.Localization;

namespace PolicyRules.Screening.Variables;

/// <summary>
/// Turns raw JSON values into typed answers, checking each against its variable: unknown ids, wrong
/// types, unknown choices and impossible values are reported by name, all at once (the first
/// <see cref="InvalidInputException.MaximumListed"/>, with the count of the rest). A JSON null or
/// the string "uncertain" records that the person does not know.
/// </summary>
public sealed class AnswerReader(VariableRegistry variables)
{
    public IReadOnlyDictionary<string, Answer> Read(IReadOnlyDictionary<string, JsonElement> facts, DateOnly asOf)
    {
        var answers = new Dictionary<string, Answer>();
        var errors = new List<InputError>();
        var unlisted = 0;
        foreach (var (id, raw) in facts)
        {
            if (errors.Count == InvalidInputException.MaximumListed)
            {
                // Enough to act on: the rest are counted, not worded.
                unlisted += variables.TryGet(id, out var counted) && Read(counted, raw, asOf, out _) is not null ? 0 : 1;
                continue;
            }

            if (!variables.TryGet(id, out var variable))
            {
                errors.Add(UnknownVariable(id));
                continue;
            }

            var answer = Read(variable, raw, asOf, out var error);
            if (error is not null)
            {
                errors.Add(error);
            }
            else
            {
                answers[id] = answer!;
            }
        }

        return errors.Count > 0 ? throw new InvalidInputException(errors, unlisted) : answers;
    }

    /// <summary>The mistake of naming a variable that does not exist, with where to find the ones that do.</summary>
    public static InputError UnknownVariable(string id) => new(id, $"没有名为“{InputError.Shown(id)}”的变量；可用 `policyrules variables` 查看全部变量。",
        $"There is no variable '{InputError.Shown(id)}'; `policyrules variables` lists them all.");

    public Answer? Read(VariableDefinition variable, JsonElement raw, DateOnly asOf, out InputError? error) => Read(variable, raw, asOf, null, out error);

    /// <summary>As <see cref="Read(VariableDefinition, JsonElement, DateOnly, out InputError?)"/>, with the person's today (see <see cref="Check"/>).</summary>
    public Answer? Read(VariableDefinition variable, JsonElement raw, DateOnly asOf, DateOnly? today, out InputError? error)
    {
        error = null;
        if (raw.ValueKind == JsonValueKind.Null || (raw.ValueKind == JsonValueKind.String && raw.GetString() == "uncertain"))
        {
            return Answer.Uncertain(variable);
        }

        var value = Parse(variable, raw);
        if (value is null)
        {
            error = (variable.Kind == VariableKind.Date && raw.ValueKind == JsonValueKind.String ? CalendarDate.NoSuchDay(variable.Id, raw.GetString()!) : null)
                ?? Expected(variable);
            return null;
        }

        error = Check(variable, value, asOf, today);
        return error is null ? Answer.Known(variable, value) : null;
    }

    /// <summary>
    /// Checks a typed value against the variable's declared range; null when it is acceptable. A date that
    /// cannot lie in the future may not be after the evaluation date, or, when the person's
    /// <paramref name="today"/> is given (a conversation about a past round of rules), after today; a date with a
    /// plausible span (a child's birth date) may not lie further back than it from the evaluation date.
    /// </summary>
    public static InputError? Check(VariableDefinition variable, object value, DateOnly asOf, DateOnly? today = null)
    {
        if (value is DateOnly date && variable.NotAfterEvaluationDate && date > (today ?? asOf))
        {
            return today is { } now
                ? new InputError(variable.Id, $"{date:yyyy-MM-dd} 晚于今天（{now:yyyy-MM-dd}），这个日期不可能在将来；请检查后重新输入。",
                    $"{date:yyyy-MM-dd} is after today ({now:yyyy-MM-dd}); this date cannot be in the future. Please check it.")
                : new InputError(variable.Id, $"{date:yyyy-MM-dd} 晚于评估日期 {asOf:yyyy-MM-dd}，这个日期不可能在将来；请检查后重新输入。",
                    $"{date:yyyy-MM-dd} is after the evaluation date {asOf:yyyy-MM-dd}; this date cannot be in the future. Please check it.");
        }

        if (value is DateOnly day && Implausible(variable, day, asOf, today) is { } implausible)
        {
            return implausible;
        }

        if (value is int or decimal)
        {
            var number = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
            if (number < variable.Minimum || number > variable.Maximum)
            {
                return new InputError(variable.Id, $"{number} 超出允许范围（{variable.Minimum}–{variable.Maximum}）。",
                    $"{number} is out of range ({variable.Minimum}–{variable.Maximum}).");
            }
        }

        return null;
    }

    /// <summary>A date further back than the variable's plausible span (a child born in 1900), with the span in dates.</summary>
    private static InputError? Implausible(VariableDefinition variable, DateOnly date, DateOnly asOf, DateOnly? today)
    {
        if (variable.MaximumYearsBefore is not { } years || asOf.Year <= years || date >= asOf.AddYears(-years))
        {
            return null;
        }

        var (earliest, latest) = (asOf.AddYears(-years), today ?? asOf);
        var (zhSpan, enSpan) = variable.NotAfterEvaluationDate
            ? ($"应在 {earliest:yyyy-MM-dd} 至 {latest:yyyy-MM-dd} 之间", $"should be between {earliest:yyyy-MM-dd} and {latest:yyyy-MM-dd}")
            : ($"应不早于 {earliest:yyyy-MM-dd}", $"should be {earliest:yyyy-MM-dd} or later");
        return new InputError(variable.Id,
            $"{date:yyyy-MM-dd} 不合常理：“{variable.Label(Locales.Chinese, asOf)}”{zhSpan}（评估日期前{years}年以内）；请检查后重新输入。",
            $"{date:yyyy-MM-dd} is not plausible: “{variable.Label(Locales.English, asOf)}” {enSpan} (at most {years} years before the evaluation date). Please check it.");
    }

    private static object? Parse(VariableDefinition variable, JsonElement raw) => variable.Kind switch
    {
        VariableKind.Bool when raw.ValueKind is JsonValueKind.True or JsonValueKind.False => raw.GetBoolean(),
        VariableKind.Date when raw.ValueKind == JsonValueKind.String && CalendarDate.TryParse(raw.GetString(), out var date) => date,
        VariableKind.Int when raw.ValueKind == JsonValueKind.Number && raw.TryGetInt32(out var whole) => whole,
        VariableKind.Decimal when raw.ValueKind == JsonValueKind.Number && raw.TryGetDecimal(out var number) => number,
        VariableKind.Choice when raw.ValueKind == JsonValueKind.String => ChoiceValue(variable, raw.GetString()!),
        VariableKind.Text when raw.ValueKind == JsonValueKind.String => raw.GetString(),
        _ => null,
    };

    /// <summary>A choice by its JSON name (camelCase of the enum member).</summary>
    public static object? ChoiceValue(VariableDefinition variable, string name) =>
        variable.Choices.Any(c => c.Value == name) && Enum.TryParse(variable.ValueType, name, ignoreCase: true, out var value) ? value : null;

    private static InputError Expected(VariableDefinition variable)
    {
        var (zh, en) = variable.Kind switch
        {
            VariableKind.Bool => ("true 或 false", "true or false"),
            VariableKind.Date => ("yyyy-MM-dd 格式的日期，例如 2011-08-31", "a yyyy-MM-dd date, e.g. 2011-08-31"),
            VariableKind.Int => ("整数，例如 6", "a whole number, e.g. 6"),
            VariableKind.Decimal => ("数字，例如 2000.50", "a number, e.g. 2000.50"),
            VariableKind.Choice => ($"以下之一：{string.Join("、", variable.Choices.Select(c => c.Value))}", $"one of: {string.Join(", ", variable.Choices.Select(c => c.Value))}"),
            _ => ("文字", "text"),
        };
        return new InputError(variable.Id, $"“{variable.Id}”应为{zh}。", $"'{variable.Id}' must be {en}.");
    }
}
