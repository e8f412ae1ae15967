namespace PolicyRules.Rules.Common;

/// <summary>The person is granted an amount of the program: its label, formula, unit and period are in the area's amounts catalogue.</summary>
public sealed record AmountGranted(string Program, string Amount);
