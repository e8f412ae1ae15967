namespace PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

/// <summary>门政办发〔2017〕26号 三(一)4：孩子所持的证明不符合条文所附的条件（证件失效、签发部门不符、缺随附证件），不按本市户籍对待。</summary>
public sealed record TreatedAsBeijingProofFails(Pupil Pupil);
