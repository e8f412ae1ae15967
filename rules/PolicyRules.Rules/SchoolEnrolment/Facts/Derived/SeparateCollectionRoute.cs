namespace PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

/// <summary>门政办发〔2017〕26号 三(二)1：孩子的信息到区考试中心单独采集（超龄儿童、按本市户籍对待的儿童、京籍无户口儿童），不走入学服务平台的一般信息采集。</summary>
public sealed record SeparateCollectionRoute(Pupil Pupil);
