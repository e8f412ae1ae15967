namespace PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

/// <summary>The child has reached primary-school age this year (年满6周岁).</summary>
public sealed record OfEntryAge(Pupil Pupil);
