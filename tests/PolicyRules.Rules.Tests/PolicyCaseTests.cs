namespace PolicyRules.Rules.Tests;

public sealed class PolicyCaseTests
{
    [Theory]
    [PolicyCases]
    public void Evaluate_PolicyCase_ReportSaysWhatTheCaseExpects(PolicyCase policyCase)
    {
        // Arrange / Act
        var (report, fired) = CaseRunner.Run(policyCase);
        var programs = report.Programs.ToDictionary(p => p.Id);

        // Assert
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

        foreach (var (program, deadlines) in policyCase.Deadlines)
        {
            Assert.All(deadlines, d => Assert.Contains(d, programs[program].Deadlines.Select(x => x.Id)));
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
        Assert.All(policyCase.Fired, r => Assert.Contains(r, fired));
    }
}
