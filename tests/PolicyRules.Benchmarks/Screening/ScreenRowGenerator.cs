using System.Globalization;
using nietras.SeparatedValues;
using PolicyRules.Referee.Tests.Referee;
using PolicyRules.Rules;
using PolicyRules.Screening;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Benchmarks.Screening;

/// <summary>
/// <c>--generate-screen-rows AREA N FILE [--complete] [--seed S]</c>: a list for <c>policyrules screen</c> as a street
/// office might keep it. One column per variable the area's programs read; each row a made-up household
/// (<c>户0000001</c>…) in a <c>户号</c> key column; values drawn from each variable's type, choices and range and biased to
/// the area's thresholds (the referee's <see cref="AnswerGenerator"/>); half the rows in Chinese (choice labels,
/// 是/否). Unless <c>--complete</c>, a question is left blank (not asked) one time in eight and answered 不知道 one
/// time in forty, as real lists are; with it every cell is answered, so NRules' runtime can run the same rows.
/// </summary>
public static class ScreenRowGenerator
{
    public const string KeyColumn = "户号";
    private const double Blank = 1.0 / 8;
    private const double DoesNotKnow = 1.0 / 40;

    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length < 4 || !int.TryParse(args[2], CultureInfo.InvariantCulture, out var count))
        {
            Console.Error.WriteLine("Usage: --generate-screen-rows AREA N FILE [--complete] [--seed S]");
            return 2;
        }

        var (area, file) = (args[1], args[3]);
        var complete = args.Contains("--complete");
        var seedAt = Array.IndexOf(args, "--seed");
        var random = new Random(seedAt > 0 ? int.Parse(args[seedAt + 1], CultureInfo.InvariantCulture) : 20);
        var services = ScreeningServices.Default;
        var date = services.Catalog.DateFor(area, DateOnly.FromDateTime(DateTime.UtcNow));
        var variables = VariablesOf(area, services.Variables);
        var answers = new AnswerGenerator(Boundaries.Of(area));

        using var writer = Sep.New(',').Writer(o => o with { Escape = true }).ToFile(file);
        for (var row = 1; row <= count; row++)
        {
            using var line = writer.NewRow();
            line[KeyColumn].Set($"户{row:D7}");
            var chinese = row % 2 == 0;
            foreach (var variable in variables)
            {
                var draw = random.NextDouble();
                line[variable.Id].Set(!complete && draw < Blank ? string.Empty
                    : !complete && draw < Blank + DoesNotKnow ? "不知道"
                    : Cell(answers.Next(variable, date, random), chinese));
            }
        }

        Console.WriteLine($"{count:N0} rows of {variables.Count} variables for {area} (as of {date:yyyy-MM-dd}) written to {file}.");
        return 0;
    }

    /// <summary>The variables the area's programs read, in the catalogue's order.</summary>
    public static IReadOnlyList<VariableDefinition> VariablesOf(string area, VariableRegistry variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var programs = PolicyLibrary.Default.Catalog(area).Programs.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        return [.. variables.All.Where(v => v.Programs.Any(programs.Contains))];
    }

    private static string Cell(Answer answer, bool chinese) => answer.Value switch
    {
        bool yes when chinese => yes ? "是" : "否",
        Enum when chinese => answer.Variable.Choices.Single(c => c.Value == answer.ToJson()!.Trim('"')).Label.ZhCn,
        _ => answer.ToJson()!.Trim('"'),
    };
}
