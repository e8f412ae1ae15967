using PolicyRules.Localization;

namespace PolicyRules.Screening.Permits;

/// <summary>An item of <see cref="PermitRegister"/> as the CLI and the bot say it: the answer first, then the office, the decision and its sources.</summary>
public static class PermitText
{
    public static string Format(PermitListing permit, string locale)
    {
        var english = Locales.IsEnglish(locale);
        var lines = new List<string>
        {
            english
                ? $"{permit.Name} (item {permit.Number} of {permit.Citation.Document}'s annex; {permit.Office}; {permit.Category})"
                : $"{permit.Name}（{permit.Citation.Document}附件第{permit.Number}项；实施机关：{permit.Office}；{permit.Category}）",
            permit.Answer,
            english ? $"Decision (调整意见): {permit.Decision}" : $"调整意见：{permit.Decision}",
            english ? $"Set up by (设定依据): {permit.Basis}" : $"设定依据：{permit.Basis}",
        };
        if (permit.Rule is { } rule)
        {
            lines.Add(english ? $"The notice: “{rule.Text}” ({rule.Citation!.Document})" : $"通知规定：“{rule.Text}”（{rule.Citation!.Document}）");
        }

        lines.Add(english ? $"Source: {permit.Citation.Document} {permit.Citation.Clause}" : $"依据：{permit.Citation.Document} {permit.Citation.Clause}");
        return string.Join("\n", lines);
    }
}
