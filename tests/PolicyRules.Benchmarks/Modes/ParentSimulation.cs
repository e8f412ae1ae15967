using System.Diagnostics;
using System.Globalization;
using System.Text;
using PolicyRules.Benchmarks.Questions;
using PolicyRules.Bot.Testing;
using PolicyRules.Bot.Testing.Simulation;
using PolicyRules.Rules;
using PolicyRules.Rules.Tests;
using PolicyRules.Screening;

namespace PolicyRules.Benchmarks.Modes;

/// <summary>
/// Part of <c>--questions</c>: every policy case of every area as a person talking to the real host over Direct Line
/// (<see cref="SimulatedParents"/>), measured against the facts an ideal interview of the area collects.
/// </summary>
public static class ParentSimulation
{
    public const double Target = 1.30;

    public static async Task<(string Markdown, bool TargetsMet)> RunAsync(string root)
    {
        var server = BotServer.WithoutConversationLimit();
        await server.InitializeAsync();
        try
        {
            var services = ScreeningServices.Default;
            var parents = new SimulatedParents(server, services.Eligibility, services.Catalog);
            var rows = new List<(string Area, ParentConversation Conversation)>();
            var clock = Stopwatch.StartNew();
            var skipped = 0;
            foreach (var area in PolicyLibrary.Default.Areas)
            {
                var seed = 0;
                foreach (var policyCase in CaseFiles.Load(root, area.Id))
                {
                    var parentCase = new ParentCase(policyCase.ToString(), area.Id, DateOnly.Parse(policyCase.Date, CultureInfo.InvariantCulture),
                        CaseRunner.Answers(policyCase), [.. policyCase.Output.Keys]);
                    if (!parents.CanLiveOn(parentCase))
                    {
                        skipped++;
                        continue;
                    }

                    rows.Add((area.Manifest.Title.In("en"), await parents.TalkAsync(parentCase, seed++)));
                }
            }

            return Render(rows, skipped, clock.Elapsed);
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    private static (string, bool) Render(IReadOnlyList<(string Area, ParentConversation Conversation)> rows, int skipped, TimeSpan elapsed)
    {
        var all = rows.Select(r => r.Conversation).ToArray();
        var ratio = Ratio(all);
        var openingAsked = all.Sum(c => c.OpeningFactsAsked.Count);
        var met = all.All(c => c.Completed) && ratio <= Target && openingAsked == 0;
        var sb = new StringBuilder();
        sb.AppendLine("## Simulated people over Direct Line");
        sb.AppendLine();
        sb.AppendLine("Every policy case below, again, as a person talking to the real host (Kestrel on loopback, Direct Line 3.0: start a " +
            "conversation, post each message, poll the activities) on the case's date. The person opens with a sentence that states one or " +
            "two facts of the case in passing where the catalogue gives phrases for them (\"外地户口，上一年级，想咨询义务教育入学…\"), then " +
            "answers each question from the case in varied everyday words (是的 / 嗯是 / 对 / 没有…, a choice by its label, a word for it or " +
            "its number, dates as 2011年3月2日 or 2011.3.2, numbers with or without their unit) and 不知道 to what the case does not say; " +
            "asked again after an answer the bot did not understand, it answers plainly. The conversation screens the whole area, not only " +
            "the case's programs. Cases dated outside the policy's time in force are left out (the bot then evaluates another date).");
        sb.AppendLine();
        sb.AppendLine("- **Needed:** the questions an ideal interview of the area asks this person: every answer understood at once, nothing " +
            "said beforehand, and \"don't know\" to what the case does not say, which no interview can know in advance (a policy case " +
            "gives only the facts its clause turns on, so the person does not know many things the area's other programs ask).");
        sb.AppendLine("- **Asked:** question cards the bot showed, repeats included. **Re-asked:** shown again after an answer the bot had taken. " +
            "**Not understood:** answers the bot asked again.");
        sb.AppendLine($"- **Targets:** every conversation completes; mean asked ≤ {Target:0.0} × needed; no fact stated in the opening is asked.");
        sb.AppendLine($"- **Result:** {(met ? "met" : "not met")} — {all.Count(c => c.Completed)} of {all.Length} conversations completed; " +
            $"asked/needed = {ratio:0.00}; {all.Sum(c => c.OpeningFacts.Count)} facts stated in openings, {openingAsked} of them asked again; " +
            $"{all.Sum(c => c.ReAsked)} questions re-asked; {all.Sum(c => c.NotUnderstood)} answers not understood; " +
            $"{all.Count(c => c.SameOutcome)} of {all.Length} cards give the case's own outcome for its programs. {skipped} cases left out; " +
            $"run time {elapsed.TotalSeconds:0} s.");
        sb.AppendLine();
        sb.AppendLine("| Area | Conversations | Completed | Mean needed | Mean asked | Asked/needed | Opening facts (asked again) | Re-asked | Not understood | Same outcome |");
        sb.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var area in rows.GroupBy(r => r.Area))
        {
            var c = area.Select(r => r.Conversation).ToArray();
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {area.Key} | {c.Length} | {c.Count(x => x.Completed)} | {c.Average(x => x.IdealQuestions):0.0} | " +
                $"{c.Average(x => x.Asked):0.0} | {Ratio(c):0.00} | {c.Sum(x => x.OpeningFacts.Count)} ({c.Sum(x => x.OpeningFactsAsked.Count)}) | " +
                $"{c.Sum(x => x.ReAsked)} | {c.Sum(x => x.NotUnderstood)} | {c.Count(x => x.SameOutcome)} |");
        }

        var worst = all.Where(c => !c.Completed || !c.SameOutcome || c.OpeningFactsAsked.Count > 0 || c.NotUnderstood > 0).Take(15).ToArray();
        if (worst.Length > 0)
        {
            sb.AppendLine();
            sb.AppendLine("Conversations to look at (not completed, another outcome, an opening fact asked, or an answer not understood):");
            sb.AppendLine();
            foreach (var c in worst)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"- {c.Case.Replace("|", "\\|", StringComparison.Ordinal)}: completed {c.Completed}, same outcome {c.SameOutcome}, " +
                    $"not understood {c.NotUnderstood}, opening facts asked [{string.Join(", ", c.OpeningFactsAsked)}]; opening “{c.Opening}”.");
            }
        }

        sb.AppendLine();
        return (sb.ToString(), met);
    }

    private static double Ratio(IReadOnlyCollection<ParentConversation> conversations) =>
        (double)conversations.Sum(c => c.Asked) / Math.Max(1, conversations.Sum(c => c.IdealQuestions));
}
