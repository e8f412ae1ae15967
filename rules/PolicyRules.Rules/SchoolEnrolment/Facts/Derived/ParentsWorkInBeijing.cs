namespace PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

/// <summary>门政办发〔2017〕27号 四(一)：审核申请人双方均在京工作（单亲家庭见解释 SE-SINGLE-PARENT-WORK）。</summary>
public sealed record ParentsWorkInBeijing(Family Family);
