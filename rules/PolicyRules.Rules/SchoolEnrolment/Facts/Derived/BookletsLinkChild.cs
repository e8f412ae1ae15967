namespace PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

/// <summary>门政办发〔2017〕27号 四(三)2：孩子在父母的户口簿上，或另有父母双方的结婚证明及各自的户口簿证明亲子关系。</summary>
public sealed record BookletsLinkChild(Family Family);
