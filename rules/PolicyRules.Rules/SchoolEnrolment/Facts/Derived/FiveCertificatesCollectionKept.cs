namespace PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

/// <summary>非本市户籍儿童的信息采集按时办理：一般儿童随“五证”审核和网上登记；超龄儿童另到区考试中心单独采集（解释 SE-OVER-AGE-SEPARATE-COLLECTION）。</summary>
public sealed record FiveCertificatesCollectionKept(Pupil Pupil);
