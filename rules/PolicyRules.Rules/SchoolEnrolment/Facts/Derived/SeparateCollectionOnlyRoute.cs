namespace PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

/// <summary>门政办发〔2017〕26号 三(二)1：只须到区考试中心单独采集、不须小幼科审核的孩子（不超龄的京籍无户口儿童）。</summary>
public sealed record SeparateCollectionOnlyRoute(Pupil Pupil);
