namespace PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

/// <summary>门政办发〔2017〕27号 三(一)：审核申请人已在规定时间内在“北京市学龄人口信息采集系统”网上登记注册。</summary>
public sealed record RegisteredOnlineInTime(Pupil Pupil);
