namespace PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

/// <summary>门政办发〔2017〕26号 三(二)2(5)：申请回去的区县有依据：回户籍所在区县，或回家庭实际居住地所在区县并有监护人在当地的房屋产权证。</summary>
public sealed record ReturnDestinationProven(Pupil Pupil);
