using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using PolicyRules.Benchmarks.Questions;
using PolicyRules.Rules;
using PolicyRules.Rules.Tests;

namespace PolicyRules.Benchmarks.Modes;

/// <summary>
/// <c>--questions</c>: every school-enrolment policy case replayed as an interview over the programs
/// of its <c>output</c>. Prints, and writes to <c>docs/question-efficiency.md</c>, the questions asked
/// against a paper form (every variable a program in scope reads) and against the fewest of the case's
/// answers that settle the same outcomes. Exit code 1 if a question could not have changed an outcome
/// or an interview ends on another outcome than the case.
/// </summary>
public static class QuestionEfficiency
{
    private const int MaxSearchInputs = 14;
    private const double Target = 1.10;
    private static readonly TimeSpan SearchBudget = TimeSpan.FromSeconds(20);

    public static int Run()
    {
        var root = CaseFiles.RepositoryRoot();
        var measurer = new CaseMeasurer(CaseRunner.Service, MaxSearchInputs, SearchBudget);
        var text = new StringBuilder();
        var ok = true;
        foreach (var area in PolicyLibrary.Default.Areas)
        {
            var clock = Stopwatch.StartNew();
            var results = CaseFiles.Load(root, area.Id).Select(measurer.Measure).ToArray();
            if (results.Length == 0)
            {
                continue;
            }

            text.Append(Render(area.Manifest.Title.In("en"), results, clock.Elapsed));
            ok &= results.All(r => r.UselessQuestions.Count == 0 && r.SameOutcome);
        }

        var (parents, parentsMet) = ParentSimulation.RunAsync(root).GetAwaiter().GetResult();
        ok &= parentsMet;
        Console.Write(parents);
        Console.Write(text);
        var doc = Path.Combine(root, "docs", "question-efficiency.md");
        File.WriteAllText(doc, Document(parents + text));
        Console.WriteLine($"written to {Path.GetRelativePath(Directory.GetCurrentDirectory(), doc)}");
        return ok ? 0 : 1;
    }

    private static string Render(string area, IReadOnlyList<CaseEfficiency> results, TimeSpan elapsed)
    {
        var sb = new StringBuilder();
        Line(sb, $"## {area}");
        Line(sb);
        var known = results.Where(r => r.Minimum is not null).ToArray();
        var asked = known.Sum(r => r.Asked);
        var answered = known.Sum(r => r.AskedAnswered);
        var minimum = known.Sum(r => r.Minimum!.Value);
        var ratio = Ratio(asked, minimum);
        var decided = known.Where(r => r.Decided).ToArray();
        var decidedRatio = Ratio(decided.Sum(r => r.Asked), decided.Sum(r => r.Minimum!.Value));
        var useless = results.Sum(r => r.UselessQuestions.Count);
        var different = results.Count(r => !r.SameOutcome);

        Line(sb, "### Summary");
        Line(sb);
        Line(sb, $"- **Cases:** {results.Count}; the minimum was searched for {known.Length} of them " +
            $"(at most {MaxSearchInputs} inputs; {results.Count(r => r.Minimum is null && r.Inputs <= MaxSearchInputs)} ran out of time or had no sufficient subset).");
        Line(sb, $"- **Questions asked on average:** {F(results.Average(r => r.Asked))} " +
            $"(of which answered from the case {F(results.Average(r => r.AskedAnswered))}); the paper form: {F(results.Average(r => r.Form))}.");
        Line(sb, $"- **Where the minimum is known ({known.Length} cases):** asked {F(Mean(asked, known.Length))}, " +
            $"answered {F(Mean(answered, known.Length))}, minimum {F(Mean(minimum, known.Length))}; " +
            $"asked/minimum = {F(ratio, "0.00")}, answered/minimum = {F(Ratio(answered, minimum), "0.00")}.");
        Line(sb, $"- **Target (within 10 % of the minimum on average, asked/minimum ≤ {F(Target, "0.00")}):** " +
            (ratio <= Target ? "met" : $"not met ({F((ratio - 1) * 100, "0")} % above the minimum)") +
            $". Over the {decided.Length} of those cases whose outcome decides every program in scope: asked " +
            $"{F(Mean(decided.Sum(r => r.Asked), decided.Length))}, minimum {F(Mean(decided.Sum(r => r.Minimum!.Value), decided.Length))}, " +
            $"asked/minimum = {F(decidedRatio, "0.00")} ({(decidedRatio <= Target ? "met" : "not met")}). The other " +
            $"{known.Length - decided.Length} cases stop on \"undetermined\", which a person who says \"don't know\" reaches only " +
            "after every route has been asked about.");
        Line(sb, $"- **Questions that could not change an outcome:** {useless}" +
            (useless == 0 ? " (every question was missing for a program in scope that was undetermined, or granted with an amount still waiting for it (its figure or whether it is granted), checked on the report before it)." : "."));
        Line(sb, $"- **Interviews ending on another outcome than the case:** {different}.");
        Line(sb, $"- **Run time:** {elapsed.TotalSeconds:0.0} s.");
        Line(sb);

        Line(sb, "### Per program");
        Line(sb);
        Line(sb, "Means over the cases whose `output` lists the program; the minimum and the ratio only over the cases where the minimum is known.");
        Line(sb);
        Line(sb, "| Program | Cases | Mean asked | Mean answered | Mean form | Cases with minimum | Mean asked (those) | Mean minimum | Asked/minimum |");
        Line(sb, "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var program in results.SelectMany(r => r.Programs).Distinct().Order(StringComparer.Ordinal))
        {
            var all = results.Where(r => r.Programs.Contains(program)).ToArray();
            var withMinimum = all.Where(r => r.Minimum is not null).ToArray();
            Line(sb, $"| {program} | {all.Length} | {F(all.Average(r => r.Asked))} | {F(all.Average(r => r.AskedAnswered))} | {F(all.Average(r => r.Form))} | " +
                $"{withMinimum.Length} | {(withMinimum.Length == 0 ? "n/a" : F(withMinimum.Average(r => r.Asked)))} | " +
                $"{(withMinimum.Length == 0 ? "n/a" : F(withMinimum.Average(r => r.Minimum!.Value)))} | " +
                $"{(withMinimum.Length == 0 ? "n/a" : F(Ratio(withMinimum.Sum(r => r.Asked), withMinimum.Sum(r => r.Minimum!.Value)), "0.00"))} |");
        }

        Line(sb);
        Line(sb, "### Per case");
        Line(sb);
        Line(sb, "| Case | Programs | Decided | Inputs | Asked | Answered | Form | Minimum |");
        Line(sb, "| --- | --- | :---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in results)
        {
            var flags = (r.UselessQuestions.Count > 0 ? $" ⚠ not needed: {string.Join(", ", r.UselessQuestions)}" : string.Empty)
                + (r.SameOutcome ? string.Empty : " ⚠ other outcome");
            Line(sb, $"| {r.Case.Replace("|", "\\|", StringComparison.Ordinal)}{flags} | {string.Join("<br>", r.Programs)} | {(r.Decided ? "yes" : "no")} | {r.Inputs} | {r.Asked} | {r.AskedAnswered} | {r.Form} | " +
                $"{(r.Minimum is { } m ? m.ToString(CultureInfo.InvariantCulture) : $"n/a ({r.MinimumNote})")} |");
        }

        return sb.ToString();
    }

    private static string Document(string body)
    {
        var sb = new StringBuilder();
        Line(sb, "# Question efficiency of the interview");
        Line(sb);
        Line(sb, "Generated by `dotnet run -c Release --project tests/PolicyRules.Benchmarks -- --questions`; do not edit by hand.");
        Line(sb);
        Line(sb, "Every policy case of every area (`tests/PolicyRules.Rules.Tests/Cases/<area>/*.yaml`) is replayed as an " +
            "interview with `InterviewPlanner`, limited to the programs in the case's `output`. The simulated person answers from the " +
            "case's `input` and says \"don't know\" to anything else; the interview ends when the planner has no question left.");
        Line(sb);
        Line(sb, "- **Asked:** questions the planner asked, \"don't know\" answers included. **Answered:** those of them the case answers.");
        Line(sb, "- **Decided:** the full case decides every program in scope (eligible, ineligible or not applicable); " +
            "\"no\" when it leaves one undetermined.");
        Line(sb, "- **Form:** the distinct variables any program in scope reads (`VariableDefinition.Programs`), what a paper form would ask.");
        Line(sb, $"- **Minimum:** the fewest of the case's own answers that, with \"don't know\" for every other variable of the form, " +
            $"give the same outcome for every program in scope as the full case (ineligible and not applicable count as the same). " +
            $"Exhaustive search over subsets in increasing size, only for cases with at most {MaxSearchInputs} inputs and stopped after " +
            $"{SearchBudget.TotalSeconds:0} s; otherwise n/a. The minimum counts no \"don't know\" answers, which an interview cannot avoid " +
            "asking (it cannot know in advance that the person does not know), so *answered/minimum* is the like-for-like figure and " +
            "*asked/minimum* the stricter one the target is judged on.");
        Line(sb, "- **Not needed:** a question that was not among the missing inputs of any program in scope that was undetermined on " +
            "the report just before it, or granted with an amount whose figure, or whether it is granted at all, still waited for it (flagged with ⚠ in the table; there " +
            "should be none). The minimum counts only what decides the outcome, not the answers an amount needs.");
        Line(sb);
        Line(sb, $"- **Machine:** {Cpu()}, {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, " +
            $"{RuntimeInformation.FrameworkDescription} ({RuntimeInformation.ProcessArchitecture}).");
        Line(sb, $"- **Date:** {DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC.");
        Line(sb);
        sb.Append(body);
        return sb.ToString();
    }

    private static string Cpu()
    {
        const string cpuInfo = "/proc/cpuinfo";
        var model = File.Exists(cpuInfo)
            ? File.ReadLines(cpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return model ?? RuntimeInformation.ProcessArchitecture.ToString();
    }

    private static double Mean(int sum, int count) => count == 0 ? double.NaN : (double)sum / count;

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? double.NaN : (double)numerator / denominator;

    private static string F(double value, string format = "0.0") =>
        double.IsNaN(value) ? "n/a" : value.ToString(format, CultureInfo.InvariantCulture);

    private static void Line(StringBuilder sb, string text = "") => sb.Append(text).Append('\n');
}
