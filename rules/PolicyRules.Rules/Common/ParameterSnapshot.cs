using PolicyRules.Rules.SchoolEnrolment;

namespace PolicyRules.Rules.Common;

/// <summary>The parameters of every area as of one date.</summary>
public sealed class ParameterSnapshot
{
    internal ParameterSnapshot(DateOnly date, PolicyLibrary library)
    {
        Date = date;
        SchoolEnrolment = ParameterBinder.Bind<SchoolEnrolmentParameters>(library.Catalog(PolicyAreas.SchoolEnrolment), date);
    }

    public DateOnly Date { get; }

    public SchoolEnrolmentParameters SchoolEnrolment { get; }
}
