namespace PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

/// <summary>门政办发〔2017〕27号 三(二)：“五证”审核申请没有错过5月16日至31日的受理时间。</summary>
public sealed record FiveCertificatesSubmittedInTime(Family Family);
