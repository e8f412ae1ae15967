namespace PolicyRules.Bot.Staff;

/// <summary>
/// One policy area as <c>GET /api/areas</c> lists it: its titles, its programs, and the date a case about it is evaluated
/// at (today while its rules are in force, otherwise the start of its latest round, as the bot does).
/// </summary>
internal sealed record AreaListing(string Id, string Title, string Policy, string Date, IReadOnlyList<string> Programs);
