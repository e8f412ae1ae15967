namespace PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

/// <summary>门政办发〔2017〕26号 附件[5月19日前]：超龄儿童及按京籍对待儿童还要到区教委小幼科进行信息审核。</summary>
public sealed record SeparateCheckRoute(Pupil Pupil);
