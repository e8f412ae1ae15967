namespace PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

/// <summary>门政办发〔2017〕26号 三(二)1：本市户籍（本区或外区）、不超龄的孩子，在入学服务平台进行一般信息采集。</summary>
public sealed record OnlineCollectionRoute(Pupil Pupil);
