namespace PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

/// <summary>门政办发〔2017〕26号 三(一)4：孩子所持按本市户籍对待的证明符合条文所附的条件（签发部门、随附证件、有效期）。</summary>
public sealed record TreatedAsBeijingProven(Pupil Pupil);
