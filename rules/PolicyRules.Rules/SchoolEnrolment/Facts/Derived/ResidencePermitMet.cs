namespace PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

/// <summary>“五证”之一：门头沟区居住证（或有效期内居住登记卡、暂住证）符合 27号 四(四)1–4 的审核标准。</summary>
public sealed record ResidencePermitMet(ResidencePermit Permit);
