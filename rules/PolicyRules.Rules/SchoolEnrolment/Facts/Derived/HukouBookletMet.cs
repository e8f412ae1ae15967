namespace PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

/// <summary>“五证”之一：全家户口簿符合 27号 四(三) 的审核标准。</summary>
public sealed record HukouBookletMet(Pupil Pupil);
