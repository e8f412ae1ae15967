using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Rules.EmploymentSubsidy.Facts;

/// <summary>A retiree's engagement (五(二)) and training (五(三)).</summary>
public sealed class RetireeWork
{
    /// <summary>Engaged in one of 西城's listed service posts.</summary>
    [Variable("retiree.servicePost")]
    public Input<bool> ServicePost { get; set; }

    /// <summary>The term of the service agreement (劳务协议), in months.</summary>
    [Variable("retiree.agreementMonths")]
    public Input<int> AgreementMonths { get; set; }

    /// <summary>Takes skills training in one of the restricted occupations (限定的职业（工种）, 五(三)).</summary>
    [Variable("retiree.restrictedTraining")]
    public Input<bool> RestrictedTraining { get; set; }
}
