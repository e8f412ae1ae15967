using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Rules.ElderlyCareStations.Facts;

/// <summary>
/// The older person a station would serve (居家老年人): the person asking, or the parent or relative they
/// ask for. The text sets no age or means test; what it asks of them is relative to 门头沟 (本区), so
/// these facts stay in the area rather than in the citizen vocabulary.
/// </summary>
public sealed class Elder
{
    [Variable("elder.livesInDistrict")]
    public Input<bool> LivesInDistrict { get; set; }

    /// <summary>居家：living in their own home, not in an institution (养老院、养老照料中心).</summary>
    [Variable("elder.livesAtHome")]
    public Input<bool> LivesAtHome { get; set; }

    [Variable("elder.careNeed")]
    public Input<CareNeed> CareNeed { get; set; }
}
