using PolicyRules.Localization;
using PolicyRules.Screening.Catalog;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Screening.Batch;

/// <summary>
/// What a batch screens and as of when: the programs of the areas whose variables the list gives (a list of only
/// shared citizen questions: the programs that read them), each row evaluated as of <see cref="Date"/>, else the
/// row's own date, else <see cref="DefaultDate"/>; in <see cref="Language"/>, else the row's locale, else Chinese.
/// </summary>
public sealed record ScreeningPlan(IReadOnlyList<ProgramColumn> Programs, DateOnly? Date, DateOnly DefaultDate, string? Language)
{
    /// <summary>
    /// The plan for a list giving <paramref name="variables"/>. Without <paramref name="date"/>, the default is the
    /// date the catalogue evaluates those areas at (<see cref="IPolicyCatalog.DateFor"/>); areas that disagree need
    /// a date, an <see cref="InvalidInputException"/> says so.
    /// </summary>
    public static ScreeningPlan For(IPolicyCatalog catalog, IEnumerable<VariableDefinition> variables, DateOnly? date, string? language, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var given = variables.ToList();
        var areas = catalog.Areas.Where(a => given.Any(v => v.Area == a.Id)).ToList();
        var programIds = areas.Count > 0 ? areas.SelectMany(a => a.Programs).ToHashSet() : given.SelectMany(v => v.Programs).ToHashSet();
        var programs = catalog.Programs(language ?? Locales.Chinese).Where(p => programIds.Contains(p.Id))
            .Select(p => new ProgramColumn(p.Id, p.Area, p.Title)).ToList();
        if (programs.Count == 0)
        {
            throw new InvalidInputException([new InputError("facts", "名单中没有任何项目会用到的变量，无法筛查；可用 `policyrules variables` 查看各项目的变量。",
                "The list gives no variable that any program reads, so there is nothing to screen; `policyrules variables` lists each program's variables.")]);
        }

        var dates = programs.Select(p => p.Area).Distinct().ToDictionary(a => a, a => catalog.DateFor(a, today));
        if (date is null && dates.Values.Distinct().Count() > 1)
        {
            var listed = string.Join(", ", dates.Select(d => $"{d.Key} {d.Value:yyyy-MM-dd}"));
            throw new InvalidInputException([new InputError("date", $"名单涉及的领域按不同日期评估（{listed}）；请用 --date 指定评估日期。",
                $"The list's areas are evaluated at different dates ({listed}); give the evaluation date with --date.")]);
        }

        return new ScreeningPlan(programs, date, dates.Values.First(), language);
    }

    /// <summary>The programs to report, as <see cref="EvaluationRequest.Programs"/> takes them.</summary>
    public IReadOnlyCollection<string> ProgramIds { get; } = Programs.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
}

/// <summary>One program of the plan, as the summary names it.</summary>
public sealed record ProgramColumn(string Id, string Area, string Title);
