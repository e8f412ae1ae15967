using System.Globalization;
using System.Text;

namespace PolicyRules.Referee.Tests.Referee;

/// <summary>The verdicts of a run: how many bouts, and the disagreements, shown in full for the first few.</summary>
internal sealed class Scorecard
{
    private readonly List<Verdict> _disagreements = [];
    private readonly SortedDictionary<string, SortedDictionary<string, int>> _statuses = new(StringComparer.Ordinal);
    private readonly HashSet<string> _fired = new(StringComparer.Ordinal);
    private long _derivedFacts;

    public int Bouts { get; private set; }

    public void Record(Verdict verdict)
    {
        Bouts++;
        _derivedFacts += verdict.DerivedFacts.Count;
        _fired.UnionWith(verdict.FiredRules);
        foreach (var (program, status) in verdict.Statuses)
        {
            var counts = _statuses.TryGetValue(program, out var c) ? c : _statuses[program] = new(StringComparer.Ordinal);
            counts[status] = counts.GetValueOrDefault(status) + 1;
        }

        if (!verdict.Agrees)
        {
            _disagreements.Add(verdict);
        }
    }

    /// <summary>How many times each program got each status (NRules' reading), and the derived facts per bout: what the run exercised.</summary>
    public string Summary()
    {
        var text = new StringBuilder().AppendLine(CultureInfo.InvariantCulture, $"{Bouts} bouts, {(Bouts == 0 ? 0 : _derivedFacts / (double)Bouts):0.0} derived facts per bout (NRules).");
        var unfired = PolicyRules.Rules.PolicyLibrary.Default.Factory.Rules.Select(r => r.Name).Where(r => !_fired.Contains(r)).ToArray();
        text.AppendLine(CultureInfo.InvariantCulture, $"Rules fired at least once: {_fired.Count}; never: {(unfired.Length == 0 ? "none" : string.Join(", ", unfired))}.");
        foreach (var (program, counts) in _statuses)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {program}: {string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}"))}");
        }

        return text.ToString();
    }

    public void AssertAgreement()
    {
        if (_disagreements.Count == 0)
        {
            return;
        }

        var text = new StringBuilder()
            .AppendLine($"NRules and our engine disagree on {_disagreements.Count} of {Bouts} fully-answered bouts. The first {Math.Min(RefereeSettings.Shown, _disagreements.Count)}:");
        foreach (var verdict in _disagreements.Take(RefereeSettings.Shown))
        {
            text.AppendLine().Append(verdict);
        }

        Assert.Fail(text.ToString());
    }
}
