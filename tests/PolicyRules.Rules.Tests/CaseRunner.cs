using System.Text.Json;
using PolicyRules.Screening;
using PolicyRules.Screening.Reports;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Rules.Tests;

/// <summary>Runs a case through the real screening service, as the CLI and the bot do.</summary>
public static class CaseRunner
{
    public static EligibilityService Service { get; } = ScreeningServices.Default.Eligibility;

    public static (Report Report, IReadOnlyList<string> Fired) Run(PolicyCase policyCase)
    {
        var date = DateOnly.Parse(policyCase.Date, System.Globalization.CultureInfo.InvariantCulture);
        var answers = Answers(policyCase);
        var fired = new List<string>();
        var report = Service.Evaluate(new EvaluationRequest(date, policyCase.Locale, answers), r => fired.Add(r.Name));
        return (report, fired);
    }

    /// <summary>The case's input as checked, typed answers.</summary>
    public static IReadOnlyDictionary<string, Answer> Answers(PolicyCase policyCase)
    {
        var date = DateOnly.Parse(policyCase.Date, System.Globalization.CultureInfo.InvariantCulture);
        var facts = policyCase.Input.ToDictionary(i => i.Key, i => ToJson(i.Key, i.Value));
        return new AnswerReader(Service.Variables).Read(facts, date);
    }

    /// <summary>YAML scalars come as text; give each the JSON type its variable expects.</summary>
    private static JsonElement ToJson(string id, string value)
    {
        if (value == "uncertain" || !Service.Variables.TryGet(id, out var variable))
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
