using PolicyRules.Screening.Variables;

namespace PolicyRules.Bot.Testing.Simulation;

/// <summary>A person's situation as a policy case gives it: the area they ask about, their day, what they know.</summary>
/// <param name="Name">The case, as its file and number name it.</param>
/// <param name="Area">The area the person asks about.</param>
/// <param name="Date">The person's today.</param>
/// <param name="Facts">What the person knows; anything else they answer 不知道.</param>
/// <param name="Scope">The programs the case decides; the conversation screens the whole area.</param>
public sealed record ParentCase(string Name, string Area, DateOnly Date, IReadOnlyDictionary<string, Answer> Facts, IReadOnlyCollection<string> Scope);
