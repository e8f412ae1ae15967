namespace PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

/// <summary>门政办发〔2017〕26号 附件[5月13日]：特长生报名没有错过报名日。</summary>
public sealed record SpecialtySignedUpInTime(Pupil Pupil);
