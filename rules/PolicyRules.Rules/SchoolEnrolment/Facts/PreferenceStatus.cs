namespace PolicyRules.Rules.SchoolEnrolment.Facts;

/// <summary>Statuses that earn preference when otherwise equal (门政办发〔2017〕26号 三(一)5 第二款).</summary>
public enum PreferenceStatus
{
    None,
    MartyrChild,
    TaiwanStudent,
    OverseasChineseChild,
    ServingSoldierChild,
    NationalModelWorkerChild,
}
