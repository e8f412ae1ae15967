using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Rules.SchoolEnrolment.Facts;

/// <summary>The child's parents or legal guardians (审核申请人) and their household.</summary>
public sealed class Family
{
    [Variable("family.ownsTitledHomeInDistrict")]
    public Input<bool> OwnsTitledHomeInDistrict { get; set; }

    [Variable("family.introducedTalent")]
    public Input<bool> IntroducedTalent { get; set; }

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

    [Variable("family.overAgeNotEnrolledProof")]
    public Input<bool> OverAgeNotEnrolledProof { get; set; }
}
