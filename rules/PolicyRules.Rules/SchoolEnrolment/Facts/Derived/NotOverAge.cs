namespace PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

/// <summary>门政办发〔2017〕26号 三(二)1：孩子上小学一年级且不超龄（超龄出生日期以后出生），由出生日期推出。</summary>
public sealed record NotOverAge(Pupil Pupil);
