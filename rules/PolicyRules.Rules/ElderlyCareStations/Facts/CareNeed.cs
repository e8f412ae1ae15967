namespace PolicyRules.Rules.ElderlyCareStations.Facts;

/// <summary>The care the older person needs (三(一)): none beyond everyday services, day care, a short full-time stay, or long-term full-time care.</summary>
public enum CareNeed
{
    None,
    DayCare,
    ShortStay,
    LongTerm,
}
