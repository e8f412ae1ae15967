namespace PolicyRules.Rules.EmploymentSubsidy.Facts;

/// <summary>What a training institution is for 西政发〔2017〕13号 (三(四), 四(一), 四(二)).</summary>
public enum InstitutionKind
{
    /// <summary>A designated training institution of 西城 (本区定点培训机构), “A”-grade or not.</summary>
    Designated,

    /// <summary>An “A”-grade training institution that is not designated.</summary>
    AGrade,

    /// <summary>Neither designated nor “A”-grade (a 非定点培训机构).</summary>
    Other,
}
