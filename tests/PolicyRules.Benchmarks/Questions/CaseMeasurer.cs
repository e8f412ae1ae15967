using System.Diagnostics;
using System.Globalization;
using PolicyRules.Rules.Tests;
using PolicyRules.Screening;
using PolicyRules.Screening.Interview;
using PolicyRules.Screening.Reports;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Benchmarks.Questions;

/// <summary>
/// Replays one policy case as an interview over the programs of its <c>output</c>, and compares the
/// number of questions with a paper form (every variable a program in scope reads) and with the
/// smallest set of the case's own answers that settles the same outcomes (exhaustive search).
/// </summary>
public sealed class CaseMeasurer(EligibilityService service, int maxSearchInputs, TimeSpan searchBudget)
{
    private readonly InterviewPlanner _planner = new(service, service.Variables);

    public CaseEfficiency Measure(PolicyCase policyCase)
    {
        ArgumentNullException.ThrowIfNull(policyCase);
        var date = DateOnly.Parse(policyCase.Date, CultureInfo.InvariantCulture);
        var scope = policyCase.Output.Keys.ToArray();
        var given = CaseRunner.Answers(policyCase);
        var form = service.Variables.All.Where(v => v.Programs.Any(scope.Contains)).Select(v => v.Id).ToHashSet(StringComparer.Ordinal);

        // The person answers from the case and says "don't know" to the rest; each question must be
        // missing for some program in scope that the report just before it left undetermined, or that it
        // granted with an amount whose formula, or whose being granted at all, still needs the answer.
        var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
        var useless = new List<string>();
        var answered = 0;
        InterviewStep step;
        while (!(step = _planner.Next(date, policyCase.Locale, answers, scope)).IsComplete)
        {
            var question = step.Question!;
            if (answers.ContainsKey(question.Id))
            {
                throw new InvalidOperationException($"{policyCase}: {question.Id} asked twice.");
            }

            // A decided program lists as missing only what its amounts still wait on, including an amount the rules may still grant.
            var needed = step.Report.Programs.Any(p => scope.Contains(p.Id) && p.Missing.Contains(question.Id));
            if (!needed)
            {
                useless.Add(question.Id);
            }

            if (question.AnswerFrom(given) is { } answer)
            {
                answered++;
                answers[question.Id] = answer;
            }
            else
            {
                answers[question.Id] = Answer.Uncertain(question);
            }
        }

        var target = Outcomes(service.Evaluate(new EvaluationRequest(date, policyCase.Locale, given, scope)));
        var same = Outcomes(step.Report).SequenceEqual(target);
        var (minimum, note) = given.Count <= maxSearchInputs
            ? Minimum(policyCase, date, given, form, target)
            : (null, $"{given.Count} inputs");
        return new CaseEfficiency(policyCase.ToString(), scope, given.Count, answers.Count, answered, form.Count, minimum, note, useless, same,
            !target.Any(t => t.EndsWith($"={ProgramStatus.Undetermined}", StringComparison.Ordinal)));
    }

    /// <summary>
    /// The fewest of the case's answers that, with "don't know" for every other variable of the form,
    /// give the target outcomes; subsets in increasing size. Answers to variables no program in scope
    /// reads cannot change those outcomes, so only the others are tried.
    /// </summary>
    private (int? Minimum, string? Note) Minimum(PolicyCase policyCase, DateOnly date, IReadOnlyDictionary<string, Answer> given,
        IReadOnlySet<string> form, string[] target)
    {
        var relevant = given.Keys.Where(form.Contains).Order(StringComparer.Ordinal).ToArray();
        var clock = Stopwatch.StartNew();
        for (var size = 0; size <= relevant.Length; size++)
        {
            foreach (var subset in Combinations(relevant.Length, size))
            {
                if (clock.Elapsed > searchBudget)
                {
                    return (null, $"search stopped after {searchBudget.TotalSeconds:0} s at size {size}");
                }

                var chosen = subset.Select(i => relevant[i]).ToHashSet(StringComparer.Ordinal);
                var answers = form.ToDictionary(id => id, id => chosen.Contains(id) ? given[id] : Answer.Uncertain(service.Variables[id]), StringComparer.Ordinal);
                var report = service.Evaluate(new EvaluationRequest(date, policyCase.Locale, answers, policyCase.Output.Keys.ToArray()));
                if (Outcomes(report).SequenceEqual(target))
                {
                    return (size, null);
                }
            }
        }

        return (null, "no subset reaches the case's outcome");
    }

    /// <summary>Each program's outcome, ordered by id; "not applicable" counts as "ineligible" (both are a no).</summary>
    public static string[] Outcomes(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Programs
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => $"{p.Id}={(p.Status == ProgramStatus.NotApplicable ? ProgramStatus.Ineligible : p.Status)}")
            .ToArray();
    }

    /// <summary>The k-element subsets of 0..n-1 as index arrays, in lexicographic order.</summary>
    private static IEnumerable<int[]> Combinations(int n, int k)
    {
        var indices = Enumerable.Range(0, k).ToArray();
        while (true)
        {
            yield return (int[])indices.Clone();
            var i = k - 1;
            while (i >= 0 && indices[i] == n - k + i)
            {
                i--;
            }

            if (i < 0)
            {
                yield break;
            }

            indices[i]++;
            for (var j = i + 1; j < k; j++)
            {
                indices[j] = indices[j - 1] + 1;
            }
        }
    }
}
