using PolicyRules.Screening.Reports;

namespace PolicyRules.Screening.Batch;

/// <summary>
/// The totals of a batch, gathered as its results are written (one thread): rows and bad rows; per program how
/// many rows are eligible, ineligible, undetermined or not applicable and the total of each amount over the rows
/// that have a figure; and the questions most often still missing.
/// </summary>
public sealed class ScreeningSummary(ScreeningPlan plan)
{
    /// <summary>How many of the most often missing questions <see cref="MostOftenMissing"/> lists.</summary>
    public const int MissingListed = 10;

    private readonly Dictionary<string, ProgramTally> _programs = plan.Programs.ToDictionary(p => p.Id, p => new ProgramTally(p.Id, p.Title));
    private readonly Dictionary<string, long> _missing = new(StringComparer.Ordinal);

    public long Rows { get; private set; }

    public long BadRows { get; private set; }

    public IReadOnlyList<ProgramTally> Programs => [.. plan.Programs.Select(p => _programs[p.Id])];

    /// <summary>The variables most often still needed, with how many rows need each (a row counts once however many programs need it).</summary>
    public IReadOnlyList<MissingTally> MostOftenMissing => [.. _missing
        .OrderByDescending(m => m.Value).ThenBy(m => m.Key, StringComparer.Ordinal)
        .Take(MissingListed)
        .Select(m => new MissingTally(m.Key, m.Value))];

    public void Add(ScreenedRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        Rows++;
        if (row.IsBad)
        {
            BadRows++;
            return;
        }

        foreach (var program in row.Programs)
        {
            _programs[program.Id].Add(program);
        }

        foreach (var variable in row.Programs.SelectMany(p => p.Missing).Distinct())
        {
            _missing[variable] = _missing.GetValueOrDefault(variable) + 1;
        }
    }
}

/// <summary>One program's counts by status, and the totals of its amounts over the eligible rows.</summary>
public sealed class ProgramTally(string id, string title)
{
    private readonly Dictionary<string, AmountTotal> _amounts = new(StringComparer.Ordinal);

    public string Id { get; } = id;

    public string Title { get; } = title;

    public long Eligible { get; private set; }

    public long Ineligible { get; private set; }

    public long Undetermined { get; private set; }

    public long NotApplicable { get; private set; }

    public IReadOnlyList<AmountTotal> Amounts => [.. _amounts.Values];

    internal void Add(ProgramOutcome outcome)
    {
        switch (outcome.Status)
        {
            case ProgramStatus.Eligible:
                Eligible++;
                break;
            case ProgramStatus.Ineligible:
                Ineligible++;
                break;
            case ProgramStatus.Undetermined:
                Undetermined++;
                break;
            default:
                NotApplicable++;
                break;
        }

        // An undetermined program's amounts are what it would grant; only granted ones are added up.
        foreach (var amount in outcome.Status == ProgramStatus.Eligible ? outcome.Amounts : [])
        {
            if (!_amounts.TryGetValue(amount.Id, out var total))
            {
                _amounts[amount.Id] = total = new AmountTotal(amount.Id, amount.Label, amount.Unit, amount.Period);
            }

            total.Add(amount);
        }
    }
}

/// <summary>
/// The sum of one amount over the rows that have its figure, and how many rows have only its formula (a figure the
/// operator has not set, or an answer not given): the total is then a lower bound, and says so by that count.
/// </summary>
public sealed class AmountTotal(string id, string label, string unit, string? period)
{
    public string Id { get; } = id;

    public string Label { get; } = label;

    public string Unit { get; } = unit;

    public string? Period { get; } = period;

    public decimal Total { get; private set; }

    public long RowsWithValue { get; private set; }

    public long RowsWithFormula { get; private set; }

    internal void Add(AmountReport amount)
    {
        if (amount.Value is { } value)
        {
            Total += value;
            RowsWithValue++;
        }
        else
        {
            RowsWithFormula++;
        }
    }
}

/// <summary>A variable still needed, and in how many rows.</summary>
public sealed record MissingTally(string Variable, long Rows);
