using PolicyRules.Localization;
using YamlDotNet.Serialization;

namespace PolicyRules.Rules.Catalog;

/// <summary>Words people use for something, in each language (lower case for English).</summary>
public sealed class LocalizedWords
{
    [YamlMember(Alias = Locales.Chinese, ApplyNamingConventions = false)]
    public List<string> ZhCn { get; set; } = [];

    [YamlMember(Alias = Locales.English, ApplyNamingConventions = false)]
    public List<string> En { get; set; } = [];

    public IEnumerable<string> All => ZhCn.Concat(En);
}
