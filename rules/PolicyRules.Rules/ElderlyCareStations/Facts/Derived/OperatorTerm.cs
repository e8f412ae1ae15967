namespace PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

/// <summary>A term every operator runs a station on: one of <see cref="OperatorTerms"/>.</summary>
public sealed record OperatorTerm(string Term);
