using System.Globalization;
using System.Reflection;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PolicyRules.Rules.Catalog;

/// <summary>Reads an area's catalogue files, embedded in this assembly under the area's folder.</summary>
public static class CatalogLoader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    private static readonly Assembly Resources = typeof(CatalogLoader).Assembly;

    public static AreaCatalog Load(string area)
    {
        var folder = FolderOf(area);
        return new AreaCatalog
        {
            Area = area,
            Programs = ReadAll<ProgramEntry>(folder, "programs"),
            Offices = ReadAll<OfficeEntry>(folder, "offices"),
            Documents = ReadAll<DocumentEntry>(folder, "documents"),
            Deadlines = ReadAll<DeadlineEntry>(folder, "deadlines"),
            Variables = ReadAll<VariableEntry>(folder, "variables"),
            Interpretations = Read<List<InterpretationEntry>>("interpretations.yaml").Where(i => i.Area == area).ToList(),
            Parameters = ReadParameters(folder),
            Texts = ReadTexts(folder),
            PolicyText = ReadText($"{folder}/policy.zh-CN.md"),
        };
    }

    /// <summary>Folder names are the area id in Pascal case: school-enrolment → SchoolEnrolment.</summary>
    public static string FolderOf(string area) =>
        string.Concat(area.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

    /// <summary>
    /// A catalogue may be split by topic: <c>documents.yaml</c> plus <c>documents.&lt;topic&gt;.yaml</c>
    /// files are read as one list, in name order.
    /// </summary>
    private static List<T> ReadAll<T>(string folder, string name) =>
        Parts(folder, name).SelectMany(Read<List<T>>).ToList();

    private static AreaTexts ReadTexts(string folder)
    {
        var texts = new AreaTexts();
        foreach (var part in Parts(folder, "texts").Select(Read<AreaTexts>))
        {
            foreach (var (key, value) in part.Rules)
            {
                texts.Rules.Add(key, value);
            }

            foreach (var (key, value) in part.Notices)
            {
                texts.Notices.Add(key, value);
            }
        }

        return texts;
    }

    private static IEnumerable<string> Parts(string folder, string name) =>
        Resources.GetManifestResourceNames()
            .Where(n => n == $"{folder}/{name}.yaml" || (n.StartsWith($"{folder}/{name}.", StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal);

    private static T Read<T>(string resource)
        where T : new()
    {
        try
        {
            return Yaml.Deserialize<T>(ReadText(resource)) ?? new T();
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new InvalidOperationException($"{resource}: {e.Message}", e);
        }
    }

    private static string ReadText(string resource)
    {
        using var stream = Resources.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The catalogue file {resource} is missing from {Resources.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static List<ParameterEntry> ReadParameters(string folder)
    {
        var prefix = $"{folder}/parameters/";
        return Resources.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => ToEntry(n[prefix.Length..^".yaml".Length], Read<ParameterFile>(n)))
            .ToList();
    }

    private static ParameterEntry ToEntry(string name, ParameterFile file) => new()
    {
        Name = name,
        Description = file.Description,
        Unit = file.Unit,
        Values = new SortedDictionary<DateOnly, ParameterValue>(file.Values.ToDictionary(
            v => DateOnly.ParseExact(v.Key, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            v => v.Value)),
    };

    private sealed class ParameterFile
    {
        public string Description { get; set; } = string.Empty;

        public string Unit { get; set; } = string.Empty;

        public Dictionary<string, ParameterValue> Values { get; set; } = [];
    }
}
