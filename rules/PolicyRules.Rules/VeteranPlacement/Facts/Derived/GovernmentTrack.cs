namespace PolicyRules.Rules.VeteranPlacement.Facts.Derived;

/// <summary>走政府安排工作：符合条件、选择由政府安排工作，且未被视为自主就业.</summary>
public sealed record GovernmentTrack;
