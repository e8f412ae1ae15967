namespace PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

/// <summary>门政办发〔2017〕26号 附件[5月5日前]：回家庭新住址入学的申请没有错过期限。</summary>
public sealed record RelocationAppliedInTime(Pupil Pupil);
