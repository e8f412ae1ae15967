namespace PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

/// <summary>门政办发〔2017〕26号 三(二)1：单独采集（以及需要时小幼科审核）都按时办理。</summary>
public sealed record SeparateProcedureKept(Pupil Pupil);
