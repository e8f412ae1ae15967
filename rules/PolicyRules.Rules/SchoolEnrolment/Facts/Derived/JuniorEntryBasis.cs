namespace PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

/// <summary>
/// 门政办发〔2017〕26号 三(一)2: a Beijing graduate who finished primary school in 门头沟, or finished it elsewhere and
/// completed the procedure to come back to 门头沟 for junior school, goes up under the district's junior-entry routes.
/// </summary>
public sealed record JuniorEntryBasis(Pupil Pupil);
