namespace PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

/// <summary>门政办发〔2017〕27号 二：孩子年满6周岁，属于2017年“五证”审核的对象。</summary>
public sealed record OfReviewAge(Pupil Pupil);
