using YamlDotNet.Serialization;

namespace PolicyRules.Localization;

/// <summary>A text in Chinese and English. Chinese is the source; English falls back to it.</summary>
public sealed class Localized
{
    [YamlMember(Alias = "zh-CN", ApplyNamingConventions = false)]
    public string ZhCn { get; set; } = string.Empty;

    [YamlMember(Alias = "en", ApplyNamingConventions = false)]
    public string? En { get; set; }

    public string In(string locale) =>
        Locales.IsEnglish(locale) && !string.IsNullOrEmpty(En) ? En : ZhCn;

    public override string ToString() => ZhCn;
}
