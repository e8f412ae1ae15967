namespace PolicyRules.Rules.ElderlyCareStations.Facts;

/// <summary>延伸性服务 (康复护理、心理咨询、法律咨询): organised with personalised services (A型), as demand requires, or none.</summary>
public enum ExtendedServices
{
    Organised,
    AsNeeded,
    None,
}
