using System.Text.RegularExpressions;

namespace PolicyRules.Rules.Tests;

/// <summary>The clause headings of an area's policy.zh-CN.md and whether each is marked not formalised.</summary>
public sealed partial record PolicyText(IReadOnlyList<PolicyText.Clause> Clauses)
{
    public static PolicyText Parse(string markdown)
    {
        var lines = markdown.Split('\n');
        var clauses = new List<Clause>();
        for (var i = 0; i < lines.Length; i++)
        {
            var match = Heading().Match(lines[i].TrimEnd());
            if (!match.Success)
            {
                continue;
            }

            var body = lines.Skip(i + 1).TakeWhile(l => !l.StartsWith("#", StringComparison.Ordinal));
            // "formalised as:" marks a clause carried by a mechanism rather than a rule (e.g. the [Effective] window).
            var notFormalised = body.Any(l => l.Contains("<!-- not formalised:", StringComparison.Ordinal)
                || l.Contains("<!-- formalised as:", StringComparison.Ordinal));
            clauses.Add(new Clause(match.Groups["doc"].Value, match.Groups["clause"].Value, match.Groups["anchor"].Value, notFormalised));
        }

        return new PolicyText(clauses);
    }

    public bool Has(string document, string clause) => Clauses.Any(c => c.Document == document && c.Path == clause);

    // A document is cited by its number (门政办发〔2017〕25号) or, for a law or regulation, by its title (《退役士兵安置条例》).
    [GeneratedRegex(@"^### (?<doc>\S+号|《[^》\s]+》) (?<clause>\S+) \{#(?<anchor>[^}]+)\}$")]
    private static partial Regex Heading();

    public sealed record Clause(string Document, string Path, string Anchor, bool NotFormalised);
}
