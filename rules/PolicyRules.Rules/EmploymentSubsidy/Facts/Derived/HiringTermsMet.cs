namespace PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

/// <summary>The employer's hires meet 二(一)'s terms: a contract of a year or more, social insurance paid, a monthly wage of at least 1.2 times the minimum wage.</summary>
public sealed record HiringTermsMet;
