namespace PolicyRules.Screening.Catalog;

/// <summary>An office people can contact, as the text names it, with its phone number if the text gives one.</summary>
public sealed record OfficeListing(string Name, string? Phone);
