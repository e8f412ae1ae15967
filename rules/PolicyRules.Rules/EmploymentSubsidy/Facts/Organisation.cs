using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Rules.EmploymentSubsidy.Facts;

/// <summary>An organisation 13号 rewards: a start-up platform, a district state-owned enterprise, a street office or a community.</summary>
public sealed class Organisation
{
    /// <summary>Which of them.</summary>
    [Variable("organisation.kind")]
    public Input<OrganisationKind> Kind { get; set; }

    /// <summary>A certified start-up service platform (经认定的创业服务平台).</summary>
    [Variable("platform.certified")]
    public Input<bool> PlatformCertified { get; set; }

    /// <summary>Founders of the 贴息借款人 groups it helped start a business.</summary>
    [Variable("platform.foundersHelped")]
    public Input<int> FoundersHelped { get; set; }

    /// <summary>Entrants of the vocational skills competition it held.</summary>
    [Variable("competition.entrants")]
    public Input<int> CompetitionEntrants { get; set; }

    /// <summary>The street met the year's targets of its employment responsibility agreement.</summary>
    [Variable("street.targetsMet")]
    public Input<bool> StreetTargetsMet { get; set; }

    /// <summary>It was rated outstanding (成绩突出).</summary>
    [Variable("street.outstanding")]
    public Input<bool> StreetOutstanding { get; set; }

    /// <summary>Recognised as a full-employment street (充分就业街道).</summary>
    [Variable("street.fullEmployment")]
    public Input<bool> StreetFullEmployment { get; set; }

    /// <summary>Recognised as a full-employment community, or rated a model one.</summary>
    [Variable("community.fullEmployment")]
    public Input<FullEmploymentRating> CommunityRating { get; set; }
}
