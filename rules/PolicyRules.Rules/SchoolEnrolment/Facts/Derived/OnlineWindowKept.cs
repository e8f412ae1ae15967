namespace PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

/// <summary>门政办发〔2017〕26号 三(二)1、附件[5月31日]：入学服务平台的信息采集没有错过（尚未截止，或已在规定时间内录入）。</summary>
public sealed record OnlineWindowKept(Pupil Pupil);
