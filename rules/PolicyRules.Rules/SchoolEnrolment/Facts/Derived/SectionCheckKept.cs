namespace PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

/// <summary>门政办发〔2017〕26号 附件[5月19日前]：区教委小幼科的信息审核没有错过。</summary>
public sealed record SectionCheckKept(Pupil Pupil);
