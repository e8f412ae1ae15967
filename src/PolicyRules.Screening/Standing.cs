using PolicyRules.Engine.Evaluation;
using PolicyRules.Screening.Reports;

namespace PolicyRules.Screening;

/// <summary>A program's standing with what its report is explained from: the two determinations and the amounts granted.</summary>
internal sealed record Standing(ProgramStanding Program, Determination Applies, Determination Eligible, string[] Granted);
