namespace PolicyRules.Benchmarks.Benchmarks;

/// <summary>Which turn of a screening <see cref="ConversationTurnBenchmarks"/> measures.</summary>
public enum TurnKind
{
    /// <summary>An answer in the middle of a screening: the next question is chosen.</summary>
    NextQuestion,

    /// <summary>The last answer: the result card, with the explained report, is built.</summary>
    ResultCard,
}
