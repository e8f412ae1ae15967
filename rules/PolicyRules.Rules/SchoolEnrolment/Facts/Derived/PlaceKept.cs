namespace PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

/// <summary>门政办发〔2017〕26号 三(二)2(5)：本区仍保留孩子的初中入学资格（没有被户籍或家庭实际居住地所在区县登记分配）。</summary>
public sealed record PlaceKept(Pupil Pupil);
