using System.Globalization;
using System.Reflection;
using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine.Fluent;

internal static class RuleMetadataReader
{
    public static RuleMetadata Read(Type ruleType)
    {
        var name = ruleType.GetCustomAttribute<NameAttribute>()?.Value ?? ruleType.FullName ?? ruleType.Name;
        var tags = ruleType.GetCustomAttributes<TagAttribute>(inherit: true).Select(t => t.Value).Distinct().ToArray();
        var cites = ruleType.GetCustomAttribute<CitesAttribute>();
        var effective = ruleType.GetCustomAttribute<EffectiveAttribute>();
        return new RuleMetadata(
            name,
            ruleType.GetCustomAttribute<DescriptionAttribute>()?.Value,
            tags,
            ruleType.GetCustomAttribute<PriorityAttribute>()?.Value ?? 0,
            cites is null ? null : new Citation(cites.Document, cites.Clause),
            effective is null ? EffectivePeriod.Always : ReadPeriod(name, effective),
            ruleType);
    }

    private static EffectivePeriod ReadPeriod(string ruleName, EffectiveAttribute effective)
    {
        var period = new EffectivePeriod(ParseDate(ruleName, effective.From), ParseDate(ruleName, effective.To));
        if (period.From > period.To)
        {
            throw new RuleDefinitionException(ruleName, $"effective period ends ({period.To:yyyy-MM-dd}) before it starts ({period.From:yyyy-MM-dd}).");
        }

        return period;
    }

    private static DateOnly? ParseDate(string ruleName, string? text)
    {
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new RuleDefinitionException(ruleName, $"effective date '{text}' is not a yyyy-MM-dd date.");
    }
}
