using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Rules.EmploymentSubsidy.Facts;

/// <summary>A training institution's trainees, for its own share of the training subsidies (三(四), 四(一)) and its training subsidy (四(二)).</summary>
public sealed class TrainingInstitution
{
    /// <summary>Designated, “A”-grade or neither.</summary>
    [Variable("institution.kind")]
    public Input<InstitutionKind> Kind { get; set; }

    /// <summary>Registered unemployed of 西城 it trained to a non-graded 《结业证书》 (四(一)).</summary>
    [Variable("institution.completionTrainees")]
    public Input<int> CompletionTrainees { get; set; }

    /// <summary>Registered unemployed of 西城 it trained to a 《国家职业资格证书》 (四(一)).</summary>
    [Variable("institution.qualificationTrainees")]
    public Input<int> QualificationTrainees { get; set; }

    /// <summary>People of 三(四)'s groups it trained in start-up skills to the 《创业合格证书》.</summary>
    [Variable("institution.startupTrainees")]
    public Input<int> StartupTrainees { get; set; }

    /// <summary>Of its start-up trainees, those whose business has traded normally for a year or more.</summary>
    [Variable("institution.startupSuccesses")]
    public Input<int> StartupSuccesses { get; set; }

    /// <summary>Registered unemployed of 西城 it trained in a restricted occupation the city bureau subsidises (四(二)).</summary>
    [Variable("institution.cityRateTrainees")]
    public Input<int> CityRateTrainees { get; set; }

    /// <summary>Registered unemployed of 西城 it trained in a restricted occupation the city bureau does not subsidise (四(二)).</summary>
    [Variable("institution.districtRateTrainees")]
    public Input<int> DistrictRateTrainees { get; set; }
}
