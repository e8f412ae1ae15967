namespace PolicyRules.Rules.ElderlyCareStations.Facts;

/// <summary>
/// The staff lists of 四(五), each including the one before it: C 管理人员、社工、养老护理员、应急支持人员;
/// B adds 工勤人员; A adds 财务人员、医疗保健人员、专职护士. Ordered, so a station has at least a level.
/// </summary>
public enum StaffingLevel
{
    Fewer,
    CoreTeam,
    CareTeam,
    FullTeam,
}
