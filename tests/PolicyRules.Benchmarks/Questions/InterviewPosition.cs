namespace PolicyRules.Benchmarks.Questions;

/// <summary>Where in a screening a turn is measured.</summary>
public enum InterviewPosition
{
    /// <summary>The first question: nothing answered yet.</summary>
    FirstQuestion,

    /// <summary>The last question: every answer of the screening but one.</summary>
    LastQuestion,
}
