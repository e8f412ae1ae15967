namespace PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

/// <summary>门政办发〔2017〕26号 附件[5月8至12日]：出区手续没有错过“10日之前”的期限。</summary>
public sealed record ExitInTime(Pupil Pupil);
