using PolicyRules.Localization;

namespace PolicyRules.Rules.PermitChanges;

/// <summary>One row of the annex: 序号, 职权名称, 实施机关, 设定依据, 职权类别 and 调整意见, as the text gives them.</summary>
public sealed class PermitChangeEntry
{
    public int Number { get; set; }

    public Localized Name { get; set; } = new();

    public Localized Office { get; set; } = new();

    /// <summary>设定依据: the law or rule that set up the power.</summary>
    public string Basis { get; set; } = string.Empty;

    /// <summary>职权类别: 行政许可, 行政检查, 行政确认 or 其他类.</summary>
    public string Category { get; set; } = string.Empty;

    /// <summary>A key of <see cref="PermitChangeList.Changes"/>.</summary>
    public string Change { get; set; } = string.Empty;

    /// <summary>调整意见: the notice's decision on the item and its ground.</summary>
    public string Decision { get; set; } = string.Empty;

    /// <summary>For a merged item, the existing item it was merged into (words of the decision).</summary>
    public Localized? MergedInto { get; set; }

    /// <summary>For a partly cancelled item, the sub-item kept (words of the decision).</summary>
    public string? Kept { get; set; }
}
