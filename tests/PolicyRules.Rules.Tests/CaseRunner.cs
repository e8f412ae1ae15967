using System.Text.Json;
using PolicyRules.Screening;
using PolicyRules.Screening.Reports;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Rules.Tests;

/// <summary>Runs a case through the real screening service, as the CLI and the bot do.</summary>
public static class CaseRunner
{
    public static EligibilityService Service { get; } = ScreeningServices.Default.Eligibility;

    public static (Report Report, IReadOnlyList<string> Fired) Run(PolicyCase policyCase) => Run(policyCase, Service);

    /// <summary>Runs the case through <paramref name="service"/> (services with a test's own area, say).</summary>
    public static (Report Report, IReadOnlyList<string> Fired) Run(PolicyCase policyCase, EligibilityService service)
    {
        var date = DateOnly.Parse(policyCase.Date, System.Globalization.CultureInfo.InvariantCulture);
        var answers = Answers(policyCase, service.Variables);
        var fired = new List<string>();
        var report = service.Evaluate(new EvaluationRequest(date, policyCase.Locale, answers), r => fired.Add(r.Name));
        return (report, fired);
    }

    /// <summary>The case's input as checked, typed answers.</summary>
    public static IReadOnlyDictionary<string, Answer> Answers(PolicyCase policyCase) => Answers(policyCase, Service.Variables);

    private static IReadOnlyDictionary<string, Answer> Answers(PolicyCase policyCase, VariableRegistry variables)
    {
        var date = DateOnly.Parse(policyCase.Date, System.Globalization.CultureInfo.InvariantCulture);
        var facts = policyCase.Input.ToDictionary(i => i.Key, i => ToJson(variables, i.Key, i.Value));
        return new AnswerReader(variables).Read(facts, date);
    }

    /// <summary>YAML scalars come as text; give each the JSON type its variable expects.</summary>
    private static JsonElement ToJson(VariableRegistry variables, string id, string value)
    {
        if (value == "uncertain" || !variables.TryGet(id, out var variable))
        {
            return JsonSerializer.SerializeToElement(value);
        }

        return variable.Kind switch
        {
            VariableKind.Bool when bool.TryParse(value, out var b) => JsonSerializer.SerializeToElement(b),
            VariableKind.Int or VariableKind.Decimal when decimal.TryParse(value, out var n) => JsonSerializer.SerializeToElement(n),
            _ => JsonSerializer.SerializeToElement(value),
        };
    }
}
