using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Rules.ElderlyCareStations.Facts;

/// <summary>Who is asking about stations: an older person or their family, or those who build and run one.</summary>
public sealed class Enquirer
{
    [Variable("enquirer.careInterest")]
    public Input<EnquirerRole> Role { get; set; }
}
