namespace PolicyRules.Screening.Reports;

/// <summary>
/// Where a program stands, unexplained: what the interview needs to choose the next question. The same
/// <see cref="Status"/>, <see cref="Applies"/> and <see cref="Missing"/> as the program's <see cref="ProgramReport"/>.
/// </summary>
public sealed record ProgramStanding(string Id, string Status, bool? Applies, IReadOnlyList<string> Missing)
{
    /// <summary>The standing of a program already reported.</summary>
    public static ProgramStanding Of(ProgramReport program)
    {
        ArgumentNullException.ThrowIfNull(program);
        return new(program.Id, program.Status, program.Applies, program.Missing);
    }
}
