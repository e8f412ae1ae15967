namespace PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

/// <summary>A service a station provides to older people living at home (三): one of <see cref="StationServices"/>.</summary>
public sealed record StationServiceOffered(string Service);
