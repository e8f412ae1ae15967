using System.Globalization;
using System.Reflection;
using RuleProperties = NRules.Fluent.RuleProperties;
using NRules.RuleModel;
using PolicyRules.Engine.Metadata;
using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine.Compilation;

/// <summary>
/// NRules' own metadata of a definition (name, description, priority, tags), plus ours from the
/// attributes on the rule class, which NRules.Fluent keeps in the definition's properties
/// (<see cref="RuleProperties.ClrType"/>).
/// </summary>
internal static class RuleMetadataReader
{
    public static RuleMetadata Read(IRuleDefinition definition, EffectivePeriod defaultEffective)
    {
        var ruleType = definition.Properties.TryGetProperty(RuleProperties.ClrType, out var property) ? property.Value as Type : null;
        var cites = ruleType?.GetCustomAttribute<CitesAttribute>();
        var effective = ruleType?.GetCustomAttribute<EffectiveAttribute>();
        return new RuleMetadata(
            definition.Name,
            string.IsNullOrEmpty(definition.Description) ? null : definition.Description,
            [.. definition.Tags.Distinct()],
            definition.Priority,
            cites is null ? null : new Citation(cites.Document, cites.Clause),
            effective is null ? defaultEffective : ReadPeriod(definition.Name, effective),
            ruleType);
    }

    private static EffectivePeriod ReadPeriod(string ruleName, EffectiveAttribute effective)
    {
        var period = new EffectivePeriod(ParseDate(ruleName, effective.From), ParseDate(ruleName, effective.To));
        if (period.From > period.To)
        {
            throw new RuleLoadException(ruleName, $"effective period ends ({period.To:yyyy-MM-dd}) before it starts ({period.From:yyyy-MM-dd}).");
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
            : throw new RuleLoadException(ruleName, $"effective date '{text}' is not a yyyy-MM-dd date.");
    }
}
