using System.Globalization;
using System.Text.RegularExpressions;
using NCalc;
using PolicyRules.Rules.Catalog;

namespace PolicyRules.Screening.Amounts;

/// <summary>
/// An amount's formula (<c>amounts.yaml</c>), read with NCalc: the area's parameters by name,
/// the person's answers by variable id in brackets (<c>[childcare.months]</c>), arithmetic between.
/// </summary>
internal sealed partial class AmountFormula
{
    private AmountFormula(AmountEntry entry, IReadOnlyList<string> parameters, IReadOnlyList<string> variables)
    {
        Entry = entry;
        Parameters = parameters;
        Variables = variables;
    }

    public AmountEntry Entry { get; }

    /// <summary>The parameter names the formula uses.</summary>
    public IReadOnlyList<string> Parameters { get; }

    /// <summary>The variable ids the formula uses.</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <summary>Reads and checks a formula against its area; a mistake names the area, the amount and what is wrong.</summary>
    public static AmountFormula Read(AmountEntry entry, AreaCatalog area, Func<string, bool> isVariable)
    {
        var expression = new Expression(entry.Formula, ExpressionOptions.DecimalAsDefault);
        if (string.IsNullOrWhiteSpace(entry.Formula) || expression.HasErrors())
        {
            throw Mistake(area, entry, $"its formula '{entry.Formula}' cannot be read ({expression.Error?.Message ?? "it is empty"})");
        }

        var names = expression.GetParameterNames().Distinct().ToArray();
        var variables = names.Where(n => n.Contains('.', StringComparison.Ordinal)).ToArray();
        var parameters = names.Except(variables).ToArray();
        if (parameters.FirstOrDefault(p => area.Parameters.All(x => x.Name != p)) is { } unknownParameter)
        {
            throw Mistake(area, entry, $"its formula names '{unknownParameter}', which is no parameter of the area (parameters/*.yaml)");
        }

        if (variables.FirstOrDefault(v => !isVariable(v)) is { } unknownVariable)
        {
            throw Mistake(area, entry, $"its formula reads [{unknownVariable}], which is no variable");
        }

        if (entry.YearOf is { } yearOf)
        {
            if (!parameters.Contains(yearOf.Parameter, StringComparer.Ordinal))
            {
                throw Mistake(area, entry, $"its yearOf names '{yearOf.Parameter}', which its formula does not use");
            }

            if (!isVariable(yearOf.Date))
            {
                throw Mistake(area, entry, $"its yearOf reads the year of [{yearOf.Date}], which is no variable");
            }

            // The date is an answer the amount needs, though the formula does not name it.
            variables = [.. variables.Append(yearOf.Date).Distinct()];
        }

        if (entry.Years is { } years && !decimal.TryParse(years, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
            && area.Parameters.All(p => p.Name != years))
        {
            throw Mistake(area, entry, $"its years '{years}' is neither a number nor a parameter of the area");
        }

        if (entry.Period is not ("oneOff" or "perMonth" or "perYear" or "total"))
        {
            throw Mistake(area, entry, $"its period '{entry.Period}' is not oneOff, perMonth, perYear or total");
        }

        return new AmountFormula(entry, parameters, variables);
    }

    /// <summary>The value, given a value for every name the formula uses (numbers as decimal, yes/no as bool, a choice by its name).</summary>
    public decimal Evaluate(IReadOnlyDictionary<string, object> values)
    {
        var expression = new Expression(Entry.Formula, ExpressionOptions.DecimalAsDefault);
        foreach (var (name, value) in values)
        {
            expression.Parameters[name] = value;
        }

        return Math.Round(Convert.ToDecimal(expression.Evaluate(), CultureInfo.InvariantCulture), 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>The formula as a person reads it: each name (and rounding function) replaced by <paramref name="show"/>, × and ÷ for * and /.</summary>
    public string Render(Func<string, string> show) =>
        Token().Replace(Entry.Formula, m => m.Value switch
        {
            "*" => " × ",
            "/" => " ÷ ",
            var name when name.StartsWith('[') => show(name[1..^1]),
            var name when Parameters.Contains(name) || Functions.Contains(name) => show(name),
            var other => other,
        }).Replace("  ", " ", StringComparison.Ordinal).Trim();

    /// <summary>The NCalc functions a formula may use to round a count; <see cref="Render"/> lets the caller name them.</summary>
    public static IReadOnlySet<string> Functions { get; } = new HashSet<string>(StringComparer.Ordinal) { "Floor", "Ceiling", "Round" };

    private static InvalidOperationException Mistake(AreaCatalog area, AmountEntry entry, string what) =>
        new($"{area.Folder}/amounts: the amount '{entry.Id}': {what}.");

    [GeneratedRegex(@"\[[^\]]+\]|[A-Za-z_][A-Za-z0-9_]*|[*/]")]
    private static partial Regex Token();
}
