using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Rules.SchoolEnrolment.Facts;

/// <summary>The child's parents or legal guardians (审核申请人) and their household.</summary>
public sealed class Family
{
    [Variable("family.ownsTitledHomeInDistrict")]
    public Input<bool> OwnsTitledHomeInDistrict { get; set; }

    [Variable("family.introducedTalent")]
    public Input<bool> IntroducedTalent { get; set; }

    /// <summary>26号 三(二)2(5)：回家庭实际居住地所在区县的，监护人在当地有房屋产权证（解释 SE-RETURN-TITLE）。</summary>
    [Variable("family.guardianTitleInDestination")]
    public Input<bool> GuardianTitleInDestination { get; set; }

    [Variable("family.singleParent")]
    public Input<bool> SingleParent { get; set; }

    [Variable("family.bothParentsWorkInBeijing")]
    public Input<bool> BothParentsWorkInBeijing { get; set; }

    [Variable("family.childInParentsBooklet")]
    public Input<bool> ChildInParentsBooklet { get; set; }

    [Variable("family.bookletAgeMatchesBirthCertificate")]
    public Input<bool> BookletAgeMatchesBirthCertificate { get; set; }

    [Variable("family.detailsMatchBooklet")]
    public Input<bool> DetailsMatchBooklet { get; set; }

    [Variable("family.noGuardianshipProof")]
    public Input<bool> NoGuardianshipProof { get; set; }

    /// <summary>27号 四(三)2：孩子不在父母的户口簿上时，能提供父母双方的结婚证明及父母和孩子各自的户口簿。</summary>
    [Variable("family.parentsMarriageCertificate")]
    public Input<bool> ParentsMarriageCertificate { get; set; }
}
