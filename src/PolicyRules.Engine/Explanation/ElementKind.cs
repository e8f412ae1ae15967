namespace PolicyRules.Engine.Explanation;

/// <summary>What an element of a rule's left-hand side does with the facts of its type.</summary>
public enum ElementKind
{
    /// <summary><c>Match</c>: binds one fact.</summary>
    Match,

    /// <summary><c>Exists</c>: holds when some fact matches.</summary>
    Exists,

    /// <summary><c>Not</c>: holds when no fact matches.</summary>
    Not,

    /// <summary><c>Query</c>: folds the matching facts into a collection, a count or a sum.</summary>
    Aggregate,
}
