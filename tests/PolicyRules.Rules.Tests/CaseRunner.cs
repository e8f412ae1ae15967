using System.Collections.Concurrent;
using System.Text.Json;
using PolicyRules.Screening;
using PolicyRules.Screening.Parameters;
using PolicyRules.Screening.Reports;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Rules.Tests;

/// <summary>Runs a case through the real screening service, as the CLI and the bot do.</summary>
public static class CaseRunner
{
    private static readonly ConcurrentDictionary<string, Lazy<ScreeningServices>> ServicesByFile = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Lazy<PolicyLibrary>> LibrariesByFile = new(StringComparer.Ordinal);

    /// <summary>The service of the rules library with no operator's figure set.</summary>
    public static EligibilityService Service { get; } = ScreeningServices.Default.Eligibility;

    /// <summary>The service a case is evaluated with: with its operator's parameter file applied, when it names one.</summary>
    public static EligibilityService ServiceFor(PolicyCase policyCase) => ServiceWith(PolicyCases.OperatorFile(policyCase));

    /// <summary>The service with the operator's parameter file <paramref name="operatorFile"/> applied (built once per file); the default one for null.</summary>
    public static EligibilityService ServiceWith(string? operatorFile) => operatorFile is null
        ? Service
        : ServicesByFile.GetOrAdd(operatorFile, file => new(() => ScreeningServices.Create(file))).Value.Eligibility;

    /// <summary>
    /// The rules library with the operator's parameter file <paramref name="operatorFile"/> applied, as
    /// <see cref="ServiceWith"/> evaluates with: for tests that build a session's facts themselves (the referee).
    /// </summary>
    public static PolicyLibrary LibraryWith(string? operatorFile) => operatorFile is null
        ? PolicyLibrary.Default
        : LibrariesByFile.GetOrAdd(operatorFile, file => new(() =>
        {
            var library = PolicyLibrary.Load();
            OperatorParameters.Read(file).ApplyTo(library.Catalogs);
            return library;
        })).Value;

    public static (Report Report, IReadOnlyList<string> Fired) Run(PolicyCase policyCase) => Run(policyCase, ServiceFor(policyCase));

    /// <summary>Runs the case through <paramref name="service"/> (services with a test's own area, say).</summary>
    public static (Report Report, IReadOnlyList<string> Fired) Run(PolicyCase policyCase, EligibilityService service)
    {
        var date = DateOnly.Parse(policyCase.Date, System.Globalization.CultureInfo.InvariantCulture);
        var answers = Answers(policyCase, service.Variables);
        var fired = new List<string>();
        var report = service.Evaluate(new EvaluationRequest(date, policyCase.Locale, answers), r => fired.Add(r.Name));
        return (report, fired);
    }

    /// <summary>The case's input as checked, typed answers (the variables are the same whatever figures an operator set).</summary>
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
