using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Rules.EmploymentSubsidy.Facts;

/// <summary>The person's training (三(四), 四).</summary>
public sealed class Training
{
    /// <summary>Took start-up training at a designated institution of 西城 and obtained the 《创业合格证书》.</summary>
    [Variable("training.startupCertificate")]
    public Input<bool> StartupCertificate { get; set; }

    /// <summary>What vocational training at an A-grade or designated institution led to.</summary>
    [Variable("training.vocationalCertificate")]
    public Input<VocationalCertificate> VocationalCertificate { get; set; }

    /// <summary>Already had a subsidised training (city or district) earlier this year.</summary>
    [Variable("training.subsidisedThisYear")]
    public Input<bool> SubsidisedThisYear { get; set; }
}
