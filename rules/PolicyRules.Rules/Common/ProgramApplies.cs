namespace PolicyRules.Rules.Common;

/// <summary>The program is one that the person's situation falls under (not yet whether they qualify).</summary>
public sealed record ProgramApplies(string Program);
