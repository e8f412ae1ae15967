namespace PolicyRules.Screening.Recognizers;

/// <summary>What became of a free-text answer.</summary>
public enum RecognitionOutcome
{
    /// <summary>The answer gives a value.</summary>
    Known,

    /// <summary>The person says they do not know.</summary>
    Uncertain,

    /// <summary>The answer could not be read safely; ask again.</summary>
    NotUnderstood,
}
