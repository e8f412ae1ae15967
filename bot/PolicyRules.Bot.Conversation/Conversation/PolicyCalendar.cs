using System.Collections.Concurrent;
using PolicyRules.Engine.RuleModel;
using PolicyRules.Rules;

namespace PolicyRules.Bot.Conversation;

/// <summary>
/// The date to evaluate an area as of: today when its rules are in force today; otherwise the start
/// of its most recent window (the encoded policies are past rounds, and the bot says so).
/// </summary>
internal static class PolicyCalendar
{
    private static readonly ConcurrentDictionary<string, EffectivePeriod[]> Periods = new();

    public static DateOnly DateFor(string area, DateOnly today)
    {
        var periods = Periods.GetOrAdd(area, a => [.. PolicyLibrary.Instance.Rules(a).Select(r => r.Effective).Distinct()]);
        if (periods.Length == 0 || periods.Any(p => p.Contains(today)))
        {
            return today;
        }

        return periods.Where(p => p.From <= today).Select(p => p.From!.Value).DefaultIfEmpty(today).Max();
    }
}
