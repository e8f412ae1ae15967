using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Rules.EmploymentSubsidy.Facts;

/// <summary>A retiree's engagement (五(二)).</summary>
public sealed class RetireeWork
{
    /// <summary>Engaged in one of 西城's listed service posts.</summary>
    [Variable("retiree.servicePost")]
    public Input<bool> ServicePost { get; set; }

    /// <summary>The term of the service agreement (劳务协议), in months.</summary>
    [Variable("retiree.agreementMonths")]
    public Input<int> AgreementMonths { get; set; }
}
