using PolicyRules.Bot.Resources;

namespace PolicyRules.Bot.Conversation;

/// <summary>
/// A subject people ask about: the policy area that covers it (null when not yet encoded), the words
/// that name it, and the documents the area encodes.
/// </summary>
internal sealed record Topic(string Id, string? Area, Text Title, IReadOnlyList<string> Keywords, Text? Policy = null);
