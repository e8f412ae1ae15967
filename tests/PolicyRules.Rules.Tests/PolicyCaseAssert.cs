using PolicyRules.Screening.Reports;

namespace PolicyRules.Rules.Tests;

/// <summary>What a policy case expects of its report: statuses, missing answers, documents, amounts, deadlines, citations, texts, rules fired.</summary>
public static class PolicyCaseAssert
{
    public static void Meets(PolicyCase policyCase, Report report, IReadOnlyList<string> fired)
    {
        var programs = report.Programs.ToDictionary(p => p.Id);
        foreach (var (program, status) in policyCase.Output)
        {
            Assert.True(programs.ContainsKey(program), $"{policyCase}: no program {program} in the report");
            Assert.True(status == programs[program].Status,
                $"{policyCase}: {program} is {programs[program].Status}, expected {status}. Reasons: {string.Join(" | ", programs[program].Reasons.Select(r => r.Text))}");
        }

        foreach (var (program, variables) in policyCase.Missing)
        {
            Assert.All(variables, v => Assert.Contains(v, programs[program].Missing));
        }

        foreach (var (program, documents) in policyCase.Documents)
        {
            Assert.Equal(documents.Order(StringComparer.Ordinal), programs[program].Documents.Select(d => d.Id).Order(StringComparer.Ordinal));
        }

        foreach (var (program, amounts) in policyCase.Amounts)
        {
            foreach (var (amount, expected) in amounts)
            {
                var granted = programs[program].Amounts.SingleOrDefault(a => a.Id == amount);
                Assert.True(granted is not null, $"{policyCase}: {program} grants no amount {amount}");
                if (decimal.TryParse(expected, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var value))
                {
                    Assert.True(value == granted.Value, $"{policyCase}: {program} {amount} is {granted.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? granted.Formula}, expected {expected}");
                }
                else
                {
                    Assert.True(granted.Formula?.Contains(expected, StringComparison.Ordinal) == true, $"{policyCase}: {program} {amount} has no formula saying “{expected}” ({granted.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? granted.Formula})");
                }
            }
        }

        foreach (var (program, deadlines) in policyCase.Deadlines)
        {
            Assert.All(deadlines, d => Assert.Contains(d, programs[program].Deadlines.Select(x => x.Id)));
        }

        foreach (var (program, deadlines) in policyCase.NotDeadlines)
        {
            Assert.All(deadlines, d => Assert.DoesNotContain(d, programs[program].Deadlines.Select(x => x.Id)));
        }

        foreach (var (program, deadlines) in policyCase.Passed)
        {
            foreach (var (deadline, passed) in deadlines)
            {
                var listed = programs[program].Deadlines.SingleOrDefault(d => d.Id == deadline);
                Assert.True(listed is not null, $"{policyCase}: {program} lists no deadline {deadline}");
                Assert.True(listed.Passed == passed, $"{policyCase}: {program} {deadline} is {(listed.Passed ? "" : "not ")}marked passed");
            }
        }

        var citations = report.Programs
            .SelectMany(p => p.Reasons.Concat(p.Notices).Select(r => r.Citation)
                .Concat(p.Documents.Select(d => d.Citation))
                .Concat(p.Deadlines.Select(d => d.Citation)))
            .OfType<Screening.Reports.CitationReport>()
            .Select(c => $"{c.Document} {c.Clause}")
            .ToHashSet();
        Assert.All(policyCase.Cites, c => Assert.Contains(c, citations));

        var texts = report.Programs.SelectMany(p => p.Reasons.Concat(p.Notices)).Select(r => r.Text).ToArray();
        Assert.All(policyCase.Says, s => Assert.True(texts.Any(t => t.Contains(s, StringComparison.Ordinal)), $"{policyCase}: no reason says “{s}”"));
        // What a case says is not said is about its own area's programs: another area's questions may use the same words.
        var areas = policyCase.Output.Keys.Select(AreaOf).ToHashSet(StringComparer.Ordinal);
        var reasons = report.Programs.Where(p => areas.Contains(AreaOf(p.Id))).SelectMany(p => p.Reasons).Select(r => r.Text).ToArray();
        Assert.All(policyCase.NotSays, s => Assert.False(reasons.Any(t => t.Contains(s, StringComparison.Ordinal)), $"{policyCase}: a reason says “{s}”"));
        var notices = report.Programs.Where(p => areas.Contains(AreaOf(p.Id))).SelectMany(p => p.Notices).Select(r => r.Text).ToArray();
        Assert.All(policyCase.NotNoticed, s => Assert.False(notices.Any(t => t.Contains(s, StringComparison.Ordinal)), $"{policyCase}: a notice says “{s}”"));
        Assert.All(policyCase.Fired, r => Assert.Contains(r, fired));
    }

    private static string AreaOf(string programId) => programId[..programId.IndexOf('.', StringComparison.Ordinal)];
}
