namespace PolicyRules.Rules.Common;

/// <summary>A document the person must bring for the program (its texts are in the area's documents catalogue).</summary>
public sealed record DocumentRequired(string Program, string Document);
