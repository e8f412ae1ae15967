using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Rules.VeteranPlacement.Facts;

/// <summary>A serving conscript (义务兵) of the family asking about the 优待金.</summary>
public sealed class Conscript
{
    /// <summary>我区义务兵: enlisted from Mentougou (interpretation VP-DISTRICT-CONSCRIPT).</summary>
    [Variable("conscript.fromDistrict")]
    public Input<bool> FromDistrict { get; set; }

    [Variable("conscript.inTibet")]
    public Input<bool> InTibet { get; set; }
}
