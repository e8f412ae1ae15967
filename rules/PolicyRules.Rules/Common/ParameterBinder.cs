using System.Globalization;
using System.Reflection;
using PolicyRules.Rules.Catalog;

namespace PolicyRules.Rules.Common;

/// <summary>
/// Fills an area's typed parameter class with the values in force on a date. Before a parameter's
/// first dated value the first value is used: the rules that read it are not in force then, so it
/// decides nothing, but conditions can still be evaluated without special cases. An operator's figure
/// with no value in force stays null, and the rules that read it take the route that asks instead
/// (<see cref="ParameterEntry.ValueToRead"/>).
/// </summary>
public static class ParameterBinder
{
    public static object Bind(Type parametersType, AreaCatalog catalog, DateOnly date)
    {
        var result = Activator.CreateInstance(parametersType)!;
        foreach (var property in parametersType.GetProperties())
        {
            var name = property.GetCustomAttribute<ParameterAttribute>()?.Name;
            if (name is null)
            {
                continue;
            }

            var entry = catalog.Parameters.FirstOrDefault(p => p.Name == name)
                ?? throw new InvalidOperationException($"Parameter '{name}' of {catalog.Area} has no file parameters/{name}.yaml.");
            var value = entry.ValueToRead(date);
            if (value?.Value is not null)
            {
                property.SetValue(result, Convert(value.Value, property.PropertyType, name));
            }
        }

        return result;
    }

    public static object Convert(object raw, Type type, string name)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (raw is List<object> items && target.IsGenericType)
        {
            var element = target.GetGenericArguments()[0];
            var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            foreach (var item in items)
            {
                list.Add(Convert(item, element, name));
            }

            return list;
        }

        var text = System.Convert.ToString(raw, CultureInfo.InvariantCulture)
            ?? throw new InvalidOperationException($"Parameter '{name}' has an empty value.");
        return target switch
        {
            _ when target == typeof(DateOnly) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ when target == typeof(int) => int.Parse(text, CultureInfo.InvariantCulture),
            _ when target == typeof(decimal) => ParseDecimal(text),
            _ when target == typeof(string) => text,
            _ => throw new InvalidOperationException($"Parameter '{name}' cannot be read as {target.Name}."),
        };
    }

    /// <summary>A decimal, or a fraction as the text gives it ("2/3" for 三分之二), divided as decimals divide.</summary>
    private static decimal ParseDecimal(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        return slash < 0
            ? decimal.Parse(text, CultureInfo.InvariantCulture)
            : decimal.Parse(text[..slash], CultureInfo.InvariantCulture) / decimal.Parse(text[(slash + 1)..], CultureInfo.InvariantCulture);
    }
}
