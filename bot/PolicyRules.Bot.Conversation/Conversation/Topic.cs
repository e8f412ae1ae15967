using PolicyRules.Localization;

namespace PolicyRules.Bot.Conversation;

/// <summary>
/// A subject people ask about: the policy area that covers it (null when not yet encoded), the words
/// that name it, and how the bot names the policy it applies.
/// </summary>
internal sealed record Topic(string? Area, Localized Title, IReadOnlyList<string> Keywords, Localized? Policy = null);
