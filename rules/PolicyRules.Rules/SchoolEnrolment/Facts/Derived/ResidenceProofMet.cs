namespace PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

/// <summary>“五证”之一：在门头沟区实际住所居住证明符合 27号 四(二) 的审核标准（四(二)1、2 之一）。</summary>
public sealed record ResidenceProofMet(Residence Residence);
