namespace PolicyRules.Rules.Common;

/// <summary>A date or period of the policy's timetable that applies to the person's program.</summary>
public sealed record DeadlineApplies(string Program, string Deadline);
