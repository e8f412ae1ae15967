using System.Globalization;
using System.Reflection;
using PolicyRules.Localization;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PolicyRules.Rules.Catalog;

/// <summary>
/// Reads an area's catalogue files, embedded in the assembly that holds the area under the area's
/// folder (resource names are paths: <c>SchoolEnrolment/programs.yaml</c>). The interpretations
/// register is the assembly's one <c>interpretations.yaml</c>, filtered by area.
/// </summary>
public static class CatalogLoader
{
    public const string ManifestFile = "area.yaml";

    /// <summary>The manifest of a vocabulary: variables several areas read, without programs of its own.</summary>
    public const string VocabularyFile = "vocabulary.yaml";

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    /// <summary>The folders of <paramref name="assembly"/> that hold an area manifest, in name order.</summary>
    public static IReadOnlyList<string> AreaFolders(Assembly assembly) => FoldersWith(assembly, ManifestFile);

    /// <summary>The folders of <paramref name="assembly"/> that hold a vocabulary manifest, in name order.</summary>
    public static IReadOnlyList<string> VocabularyFolders(Assembly assembly) => FoldersWith(assembly, VocabularyFile);

    /// <summary>The catalogue of the area or vocabulary in <paramref name="folder"/>.</summary>
    public static AreaCatalog Load(Assembly assembly, string folder)
    {
        var resources = new Resources(assembly);
        var isVocabulary = !resources.Exists($"{folder}/{ManifestFile}");
        var manifest = resources.Read<AreaManifest>($"{folder}/{(isVocabulary ? VocabularyFile : ManifestFile)}");
        Validate(manifest, folder);
        var area = manifest.Id;
        return new AreaCatalog
        {
            Area = area,
            Folder = folder,
            Manifest = manifest,
            IsVocabulary = isVocabulary,
            Programs = resources.ReadAll<ProgramEntry>(folder, "programs"),
            Offices = resources.ReadAll<OfficeEntry>(folder, "offices"),
            Documents = resources.ReadAll<DocumentEntry>(folder, "documents"),
            Amounts = resources.ReadAll<AmountEntry>(folder, "amounts"),
            Deadlines = resources.ReadAll<DeadlineEntry>(folder, "deadlines"),
            Variables = resources.ReadAll<VariableEntry>(folder, "variables"),
            Interpretations = resources.Exists("interpretations.yaml")
                ? resources.Read<List<InterpretationEntry>>("interpretations.yaml").Where(i => i.Area == area).ToList()
                : [],
            Parameters = resources.ReadParameters(folder),
            Texts = resources.ReadTexts(folder),
            PolicyText = isVocabulary ? string.Empty : resources.ReadText($"{folder}/policy.zh-CN.md"),
        };
    }

    private static IReadOnlyList<string> FoldersWith(Assembly assembly, string manifestFile) =>
        [.. assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith($"/{manifestFile}", StringComparison.Ordinal))
            .Select(n => n[..^(manifestFile.Length + 1)])
            .Order(StringComparer.Ordinal)];

    private static void Validate(AreaManifest manifest, string folder)
    {
        var where = $"{folder}: its manifest";
        if (string.IsNullOrWhiteSpace(manifest.Id))
        {
            throw new InvalidOperationException($"{where}: the area needs an id.");
        }

        try
        {
            _ = manifest.InForce.FromDate;
            _ = manifest.InForce.ToDate;
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException($"{where}: inForce dates must be yyyy-MM-dd.", e);
        }
    }

    private sealed class Resources(Assembly assembly)
    {
        public bool Exists(string resource) => assembly.GetManifestResourceNames().Contains(resource, StringComparer.Ordinal);

        /// <summary>
        /// A catalogue may be split by topic: <c>documents.yaml</c> plus <c>documents.&lt;topic&gt;.yaml</c>
        /// files are read as one list, in name order.
        /// </summary>
        public List<T> ReadAll<T>(string folder, string name) =>
            Parts(folder, name).SelectMany(Read<List<T>>).ToList();

        public AreaTexts ReadTexts(string folder)
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

        public T Read<T>(string resource)
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

        public string ReadText(string resource)
        {
            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"The catalogue file {resource} is missing from {assembly.GetName().Name}.");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        public List<ParameterEntry> ReadParameters(string folder)
        {
            var prefix = $"{folder}/parameters/";
            return assembly.GetManifestResourceNames()
                .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Select(n => ToEntry(n[prefix.Length..^".yaml".Length], Read<ParameterFile>(n)))
                .ToList();
        }

        private IEnumerable<string> Parts(string folder, string name) =>
            assembly.GetManifestResourceNames()
                .Where(n => n == $"{folder}/{name}.yaml" || (n.StartsWith($"{folder}/{name}.", StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal)))
                .Order(StringComparer.Ordinal);
    }

    private static ParameterEntry ToEntry(string name, ParameterFile file) => new()
    {
        Name = name,
        Description = file.Description,
        Label = file.Label,
        Operator = file.Operator,
        Actual = file.Actual,
        Unit = file.Unit,
        Values = new SortedDictionary<DateOnly, ParameterValue>(file.Values.ToDictionary(
            v => DateOnly.ParseExact(v.Key, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            v => v.Value)),
    };

    private sealed class ParameterFile
    {
        public string Description { get; set; } = string.Empty;

        public Localized? Label { get; set; }

        public bool Operator { get; set; }

        public bool Actual { get; set; }

        public string Unit { get; set; } = string.Empty;

        public Dictionary<string, ParameterValue> Values { get; set; } = [];
    }
}
