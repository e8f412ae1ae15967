using System.Globalization;
using System.Text.Json;

namespace PolicyRules.Screening.Variables;

/// <summary>
/// Turns raw JSON values into typed answers, checking each against its variable: unknown ids, wrong
/// types, unknown choices and impossible values are reported by name, all at once. A JSON null or
/// the string "uncertain" records that the person does not know.
/// </summary>
public sealed class AnswerReader(VariableRegistry variables)
{
    public IReadOnlyDictionary<string, Answer> Read(IReadOnlyDictionary<string, JsonElement> facts, DateOnly asOf)
    {
        var answers = new Dictionary<string, Answer>();
        var errors = new List<InputError>();
        foreach (var (id, raw) in facts)
        {
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

        return errors.Count > 0 ? throw new InvalidInputException(errors) : answers;
    }

    /// <summary>The mistake of naming a variable that does not exist, with where to find the ones that do.</summary>
    public static InputError UnknownVariable(string id) => new(id, $"没有名为“{id}”的变量；可用 `policyrules variables` 查看全部变量。",
        $"There is no variable '{id}'; `policyrules variables` lists them all.");

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
            error = Expected(variable);
            return null;
        }

        error = Check(variable, value, asOf, today);
        return error is null ? Answer.Known(variable, value) : null;
    }

    /// <summary>
    /// Checks a typed value against the variable's declared range; null when it is acceptable. A date that
    /// cannot lie in the future may not be after the evaluation date, or, when the person's
    /// <paramref name="today"/> is given (a conversation about a past round of rules), after today.
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

    private static object? Parse(VariableDefinition variable, JsonElement raw) => variable.Kind switch
    {
        VariableKind.Bool when raw.ValueKind is JsonValueKind.True or JsonValueKind.False => raw.GetBoolean(),
        VariableKind.Date when raw.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(raw.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => date,
        VariableKind.Int when raw.ValueKind == JsonValueKind.Number && raw.TryGetInt32(out var number) => number,
        VariableKind.Decimal when raw.ValueKind == JsonValueKind.Number => raw.GetDecimal(),
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
