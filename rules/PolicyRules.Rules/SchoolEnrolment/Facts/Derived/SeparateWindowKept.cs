namespace PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

/// <summary>门政办发〔2017〕26号 附件[5月9至25日]：区考试中心的单独信息采集没有错过。</summary>
public sealed record SeparateWindowKept(Pupil Pupil);
