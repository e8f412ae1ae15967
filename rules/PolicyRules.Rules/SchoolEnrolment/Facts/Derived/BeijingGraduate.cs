namespace PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

/// <summary>
/// The child is a primary graduate going up to junior secondary school with Beijing hukou, or treated as
/// having it (本市户籍的小学毕业生（含按本市户籍对待的学生）): the only graduates the junior-entry clauses cover.
/// </summary>
public sealed record BeijingGraduate(Pupil Pupil);
