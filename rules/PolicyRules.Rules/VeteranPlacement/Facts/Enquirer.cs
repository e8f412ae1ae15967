using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Rules.VeteranPlacement.Facts;

/// <summary>Who is asking: the first fork of the area, so that a veteran is never asked an employer's questions.</summary>
public sealed class Enquirer
{
    [Variable("enquirer.role")]
    public Input<EnquirerRole> Role { get; set; }
}
