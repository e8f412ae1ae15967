namespace PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

/// <summary>The job meets 二(三)'s terms: a contract of a year or more, social insurance paid, a monthly wage of at least 1.2 times the minimum wage.</summary>
public sealed record JobTermsMet;
