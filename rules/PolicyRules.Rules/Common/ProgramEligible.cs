namespace PolicyRules.Rules.Common;

/// <summary>The person qualifies for the program.</summary>
public sealed record ProgramEligible(string Program);
