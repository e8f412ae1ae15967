namespace PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

/// <summary>门政办发〔2017〕26号 三(二)1：孩子的入学信息按时采集（一般采集或单独采集）；“在规定时间内未在本区进行信息采集的学生，将影响该生的小学入学工作”。</summary>
public sealed record InformationCollectedInTime(Pupil Pupil);
