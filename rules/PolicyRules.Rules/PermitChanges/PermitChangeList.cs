using PolicyRules.Localization;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PolicyRules.Rules.PermitChanges;

/// <summary>
/// 门政发〔2017〕19号's annex as data (<c>permit-changes.yaml</c>): the 34 administrative powers Mentougou cancelled, made
/// internal approvals or merged in 2017, each with its office, basis and the notice's decision, and what each kind of
/// change means for a person who asks whether the item is still required.
/// </summary>
public sealed class PermitChangeList
{
    private const string Resource = "PermitChanges/permit-changes.yaml";

    private static readonly Lazy<PermitChangeList> Shared = new(Load);

    public string Document { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string Date { get; set; } = string.Empty;

    public Localized Office { get; set; } = new();

    /// <summary>The notice's own count of what it cancels, makes internal and merges.</summary>
    public string Summary { get; set; } = string.Empty;

    /// <summary>职权类别 as the annex writes them, with their English names.</summary>
    public Dictionary<string, Localized> Categories { get; set; } = [];

    /// <summary>Each kind of change: its name, the answer it gives, and the rule the notice sets for it.</summary>
    public Dictionary<string, PermitChangeKind> Changes { get; set; } = [];

    public List<PermitChangeEntry> Items { get; set; } = [];

    public static PermitChangeList Default => Shared.Value;

    private static PermitChangeList Load()
    {
        using var stream = typeof(PermitChangeList).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"{Resource} is missing from {typeof(PermitChangeList).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var list = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build().Deserialize<PermitChangeList>(reader);
        list.Validate();
        return list;
    }

    private void Validate()
    {
        foreach (var item in Items)
        {
            var where = $"{Resource}: item {item.Number}";
            if (!Changes.ContainsKey(item.Change) || !Categories.ContainsKey(item.Category))
            {
                throw new InvalidOperationException($"{where}: change '{item.Change}' or category '{item.Category}' is not listed under changes or categories.");
            }

            if ((item.Change == PermitChangeKind.Merged) != (item.MergedInto is not null) || (item.Change == PermitChangeKind.PartlyCancelled) != (item.Kept is not null))
            {
                throw new InvalidOperationException($"{where}: a merged item names what it was merged into (mergedInto), a partly cancelled one what was kept (kept), and no other does.");
            }
        }
    }
}
