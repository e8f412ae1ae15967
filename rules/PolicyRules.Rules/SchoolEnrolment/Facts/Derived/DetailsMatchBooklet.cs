namespace PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

/// <summary>门政办发〔2017〕27号 四(五)2：适龄儿童及其审核申请人的信息和户口簿一致。</summary>
public sealed record DetailsMatchBooklet(Family Family);
