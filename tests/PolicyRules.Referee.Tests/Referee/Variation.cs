using System.Globalization;
using System.Text;
using PolicyRules.Engine.Evaluation;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Referee.Tests.Referee;

/// <summary>
/// An evaluation date and a full set of answers, with where they came from (to reproduce a failure), and the operator's
/// parameter file of the policy case it started from, if that case names one.
/// </summary>
internal sealed record Variation(string Origin, DateOnly Date, IReadOnlyDictionary<string, Answer> Answers)
{
    public string? OperatorFile { get; init; }

    public Variation With(Answer answer) =>
        this with { Answers = new Dictionary<string, Answer>(Answers) { [answer.Variable.Id] = answer } };

    /// <summary>The variation as a policy case (YAML), ready to paste into a case file or a regression test.</summary>
    public string Describe()
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"- name: \"{Origin.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"")
            .AppendLine(CultureInfo.InvariantCulture, $"  date: {Date:yyyy-MM-dd}");
        if (OperatorFile is not null)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  operator: {Path.GetFileName(OperatorFile)}");
        }

        text.AppendLine("  input:");
        foreach (var answer in Answers.Values.OrderBy(a => a.Variable.Id, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"    {answer.Variable.Id}: {Format(answer)}");
        }

        return text.ToString();
    }

    public static string Format(Answer answer) => answer.State != InputState.Known ? "uncertain" : answer.Value switch
    {
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Enum e => answer.Variable.Choices.First(c => string.Equals(c.Value, e.ToString(), StringComparison.OrdinalIgnoreCase)).Value,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var other => other?.ToString() ?? "null",
    };
}
