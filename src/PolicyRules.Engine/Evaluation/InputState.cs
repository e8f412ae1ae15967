namespace PolicyRules.Engine.Evaluation;

/// <summary>Whether an input has been answered.</summary>
public enum InputState : byte
{
    /// <summary>Not asked yet: the answer may still come.</summary>
    Unknown = 0,

    /// <summary>Answered with a value.</summary>
    Known = 1,

    /// <summary>Asked, and the person said they do not know.</summary>
    Uncertain = 2,
}
