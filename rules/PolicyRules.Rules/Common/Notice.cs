namespace PolicyRules.Rules.Common;

/// <summary>Something the person should know about the program: a consequence, a right, a prohibition.</summary>
public sealed record Notice(string Program, string Text);
