using PolicyRules.Screening.Variables;

namespace PolicyRules.Referee.Tests.Referee;

/// <summary>
/// Known answers the screening would accept (checked by <see cref="AnswerReader.Check"/>), drawn from
/// each variable's definition (type, choices, range) and biased to the area's <see cref="Boundaries"/>.
/// </summary>
internal sealed class AnswerGenerator(Boundaries boundaries)
{
    private const double BoundaryBias = 0.6;
    private const double OutsideWindow = 0.1;
    private const int Attempts = 1000;

    /// <summary>Mostly inside the rules' effective window (its edges, the parameter dates in it, any day), sometimes outside.</summary>
    public DateOnly EvaluationDate(Random random)
    {
        var (from, to) = (boundaries.WindowFrom, boundaries.WindowTo);
        if (random.NextDouble() < OutsideWindow)
        {
            DateOnly[] outside = [from.AddDays(-1), to.AddDays(1), from.AddDays(-random.Next(2, 400)), to.AddDays(random.Next(2, 400))];
            return outside[random.Next(outside.Length)];
        }

        var inside = boundaries.Dates.Where(d => d >= from && d <= to).ToArray();
        return random.NextDouble() < BoundaryBias ? inside[random.Next(inside.Length)] : from.AddDays(random.Next(to.DayNumber - from.DayNumber + 1));
    }

    public Answer Next(VariableDefinition variable, DateOnly date, Random random) => Draw(variable, date, random, _ => true);

    /// <summary>A known answer other than <paramref name="current"/>.</summary>
    public Answer Other(VariableDefinition variable, Answer current, DateOnly date, Random random) =>
        Draw(variable, date, random, v => !v.Equals(current.Value));

    private Answer Draw(VariableDefinition variable, DateOnly date, Random random, Func<object, bool> accept)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var value = Value(variable, date, random);
            if (accept(value) && AnswerReader.Check(variable, value, date) is null)
            {
                return Answer.Known(variable, value);
            }
        }

        throw new InvalidOperationException($"No acceptable value for {variable.Id} on {date:yyyy-MM-dd}.");
    }

    private object Value(VariableDefinition variable, DateOnly date, Random random) => variable.Kind switch
    {
        VariableKind.Bool => random.Next(2) == 1,
        VariableKind.Choice => AnswerReader.ChoiceValue(variable, variable.Choices[random.Next(variable.Choices.Count)].Value)!,
        VariableKind.Date => DateValue(variable, date, random),
        VariableKind.Int => (int)NumberValue(variable, random, whole: true),
        VariableKind.Decimal => NumberValue(variable, random, whole: false),
        VariableKind.Text => $"text {random.Next(3)}",
        _ => throw new InvalidOperationException($"No generator for {variable.Kind} ({variable.Id})."),
    };

    /// <summary>A parameter date ±1 or the evaluation date ±1; otherwise any day from two years before the first boundary to the last.</summary>
    private DateOnly DateValue(VariableDefinition variable, DateOnly date, Random random)
    {
        if (random.NextDouble() < BoundaryBias)
        {
            DateOnly[] candidates = [.. boundaries.Dates, date.AddDays(-1), date, date.AddDays(1)];
            return candidates[random.Next(candidates.Length)];
        }

        var first = boundaries.Dates[0].AddYears(-2);
        var last = variable.Entry.NotAfterEvaluationDate && date < boundaries.Dates[^1] ? date : boundaries.Dates[^1];
        return first.AddDays(random.Next(Math.Max(1, last.DayNumber - first.DayNumber + 1)));
    }

    /// <summary>A parameter figure ±1 or an end of the variable's range; otherwise any value up to four times the largest figure.</summary>
    private decimal NumberValue(VariableDefinition variable, Random random, bool whole)
    {
        var (min, max) = (variable.Entry.Minimum, variable.Entry.Maximum);
        if (random.NextDouble() < BoundaryBias)
        {
            decimal[] ends = [.. new[] { min, min + 1, max - 1, max }.OfType<decimal>()];
            decimal[] candidates = [.. boundaries.Numbers, .. ends];
            return candidates[random.Next(candidates.Length)];
        }

        var low = min ?? 0;
        var high = Math.Min(max ?? decimal.MaxValue, Math.Max(low + 1, 4 * boundaries.Numbers.DefaultIfEmpty(12).Max()));
        var value = low + ((high - low) * (decimal)random.NextDouble());
        return whole ? Math.Round(value) : Math.Round(value, 2);
    }
}
