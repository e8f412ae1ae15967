using System.Reflection;
using NRules.Fluent;
using PolicyRules.Engine.RuleModel;
using PolicyRules.Rules.Catalog;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules;

/// <summary>
/// One policy area, found rather than listed: a folder holding an <c>area.yaml</c> manifest and the
/// catalogues beside it, the rule classes whose namespace has the folder's name as a segment
/// (<c>…SchoolEnrolment.Rules.EntryAgeRule</c>), and the area's parameter class (the class in that
/// namespace whose properties carry <see cref="ParameterAttribute"/>).
/// </summary>
public sealed class AreaModule
{
    private AreaModule(AreaCatalog catalog, IReadOnlyList<Type> ruleTypes, Type? parametersType)
    {
        Catalog = catalog;
        RuleTypes = ruleTypes;
        ParametersType = parametersType;
        var window = catalog.Manifest.InForce;
        InForce = new EffectivePeriod(window.FromDate, window.ToDate);
    }

    public string Id => Catalog.Area;

    public AreaCatalog Catalog { get; }

    public AreaManifest Manifest => Catalog.Manifest;

    /// <summary>The area's rule classes, by full name.</summary>
    public IReadOnlyList<Type> RuleTypes { get; }

    /// <summary>The class that binds the area's parameter files, if it has any parameters.</summary>
    public Type? ParametersType { get; }

    /// <summary>When the area's rules are in force, unless a rule class says otherwise with [Effective].</summary>
    public EffectivePeriod InForce { get; }

    /// <summary>The areas of <paramref name="assembly"/>, in folder order.</summary>
    public static IReadOnlyList<AreaModule> Discover(Assembly assembly)
    {
        var types = assembly.GetTypes();
        return [.. CatalogLoader.AreaFolders(assembly).Select(folder => new AreaModule(
            CatalogLoader.Load(assembly, folder),
            [.. types.Where(t => RuleTypeScanner.IsRuleType(t) && InFolder(t, folder)).OrderBy(t => t.FullName, StringComparer.Ordinal)],
            ParametersIn(types, folder)))];
    }

    /// <summary>Whether <paramref name="type"/> belongs to the area of <paramref name="folder"/> by its namespace.</summary>
    public static bool InFolder(Type type, string folder) =>
        type.Namespace?.Split('.').Contains(folder[(folder.LastIndexOf('/') + 1)..], StringComparer.Ordinal) == true;

    private static Type? ParametersIn(IEnumerable<Type> types, string folder)
    {
        var found = types.Where(t => InFolder(t, folder) && t.GetProperties().Any(p => p.GetCustomAttribute<ParameterAttribute>() is not null)).ToArray();
        return found.Length <= 1
            ? found.SingleOrDefault()
            : throw new InvalidOperationException($"Area folder {folder} has more than one parameter class: {string.Join(", ", found.Select(t => t.Name))}.");
    }
}
