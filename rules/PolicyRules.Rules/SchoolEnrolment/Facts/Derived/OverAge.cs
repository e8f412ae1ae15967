namespace PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

/// <summary>门政办发〔2017〕26号 三(二)1、27号 四(三)3：超龄儿童，即往年已到入学年龄（上一年已年满6周岁）的孩子，由出生日期推出（解释 SE-OVER-AGE）。</summary>
public sealed record OverAge(Pupil Pupil);
