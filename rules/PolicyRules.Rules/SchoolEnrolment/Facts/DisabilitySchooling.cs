namespace PolicyRules.Rules.SchoolEnrolment.Facts;

/// <summary>门政办发〔2017〕26号 三(二)2(8).</summary>
public enum DisabilitySchooling
{
    None,

    /// <summary>有能力接受普通教育的适龄残疾儿童少年：就近普通学校随班就读</summary>
    CanFollowRegularClasses,

    /// <summary>有就学能力、需进入培智学校的残疾儿童少年</summary>
    NeedsSpecialSchool,
}
