namespace PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

/// <summary>“五证”之一：在门头沟区务工就业证明符合 27号 四(一) 的审核标准（四(一)1–3 之一）。</summary>
public sealed record WorkProofMet(Employment Employment);
