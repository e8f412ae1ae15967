namespace PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

/// <summary>The operator is a legal person (四(四)1 or 2).</summary>
public sealed record OperatorQualified(StationOperator Operator);
