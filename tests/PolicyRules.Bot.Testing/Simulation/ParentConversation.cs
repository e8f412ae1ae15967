namespace PolicyRules.Bot.Testing.Simulation;

/// <summary>What one simulated conversation showed, as a reviewer would count it.</summary>
/// <param name="Case">The case the person lives.</param>
/// <param name="Opening">The first message.</param>
/// <param name="Completed">The bot gave its result card.</param>
/// <param name="Asked">Question cards shown, repeats included.</param>
/// <param name="IdealQuestions">
/// The questions an ideal interview asks (every answer understood at once, nothing said in the opening, "don't know"
/// answers included): what the person's situation needs asked.
/// </param>
/// <param name="ReAsked">Questions shown again after an answer the bot had taken (not after one it did not understand).</param>
/// <param name="NotUnderstood">Answers the bot did not understand and asked again.</param>
/// <param name="OpeningFacts">The facts the opening message stated.</param>
/// <param name="OpeningFactsAsked">Those of them the bot asked anyway.</param>
/// <param name="SameOutcome">The card's statuses for the case's programs equal the full case's.</param>
/// <param name="Transcript">What was asked (variable ids) and answered, for a reader following up.</param>
public sealed record ParentConversation(
    string Case,
    string Opening,
    bool Completed,
    int Asked,
    int IdealQuestions,
    int ReAsked,
    int NotUnderstood,
    IReadOnlyList<string> OpeningFacts,
    IReadOnlyList<string> OpeningFactsAsked,
    bool SameOutcome,
    IReadOnlyList<string> Transcript);
