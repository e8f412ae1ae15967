using System.Globalization;
using CsCheck;
using PolicyRules.Screening.Variables;
using PolicyRules.Testing.Fuzz;

namespace PolicyRules.Screening.Tests.Fuzz;

/// <summary>
/// The case-file reader on anything: random text, case files with wrong types and edge values in every field, case files
/// with characters inserted or cut, nesting 10,000 deep. Each is a case (whose facts are then read and, when accepted,
/// evaluated) or a mistake told in both languages — never an exception of another kind, never the parser's words.
/// </summary>
public sealed class CaseFileFuzzTests
{
    private static readonly DateOnly AsOf = new(2017, 5, 10);

    private static readonly EligibilityService Service = ScreeningServices.Default.Eligibility;

    private static readonly string[] Ids = [.. Service.Variables.All.Select(v => v.Id).Order(StringComparer.Ordinal)];

    private static readonly string[] ParserWords = ["LineNumber", "BytePosition", "isFinalBlock", "reader options", "Exception", "   at "];

    /// <summary>A JSON value of every type with the edges of each, and the strings a case holds: dates real and not, choices.</summary>
    private static readonly Gen<string> Value = Gen.OneOf<string>(
        HostileJson.Value,
        Gen.OneOf<string>("uncertain", "2017-05-10", "2011-08-31", "2017-02-30", "0001-01-01", "9999-12-31", "1900-01-01", "",
            "primary", "outsideBeijing", "mentougou", "employee", "none", "zh-CN", "en", "fr").Select(HostileJson.String));

    private static readonly Gen<string> Fact = Gen.Select(Gen.OneOf<string>(Gen.OneOf<string>(Ids), HostileText.Any), Value)
        .Select(t => $"{HostileJson.String(t.Item1)}:{t.Item2}");

    /// <summary>Case files as a person or a program might write them: the three keys or a misspelling, any value in each.</summary>
    private static readonly Gen<string> Case = Gen.Select(
            Gen.OneOf<string>("date", "data", "Date", "dates", string.Empty).Select(Key),
            Gen.OneOf<string>(Value, Gen.OneOf<string>("\"2017-05-10\"", "\"2017-02-29\"", "\"2017-5-10\"")),
            Gen.OneOf<string>("locale", "lang", string.Empty).Select(Key),
            Gen.OneOf<string>(Value, Gen.OneOf<string>("\"zh-CN\"", "\"en\"", "\"fr\"")),
            Gen.OneOf<string>("facts", "fact", string.Empty).Select(Key),
            Fact.Array[0, 12])
        .Select(t => "{" + string.Join(",", new[]
        {
            t.Item1.Length == 0 ? null : $"{t.Item1}:{t.Item2}",
            t.Item3.Length == 0 ? null : $"{t.Item3}:{t.Item4}",
            t.Item5.Length == 0 ? null : $"{t.Item5}:{{{string.Join(",", t.Item6)}}}",
        }.OfType<string>()) + "}");

    /// <summary>A case file with characters cut out or put in: half-written, pasted into, cut short.</summary>
    private static readonly Gen<string> Damaged = Gen.Select(Case, Gen.Int[0, 1000].Array[1, 4], HostileText.Jumbled)
        .Select(t => t.Item2.Aggregate(t.Item1, (text, at) => at % 2 == 0
            ? text.Remove(at % Math.Max(1, text.Length), Math.Min(1 + (at % 7), text.Length - (at % Math.Max(1, text.Length))))
            : text.Insert(at % (text.Length + 1), t.Item3)));

    [Fact]
    public void Parse_AnyText_IsACaseOrAMistakeToldInBothLanguages()
    {
        Gen.OneOf<string>(HostileText.Any, Case, Damaged).Sample(json => _ = ParseOrMistake(json), iter: 20_000);
    }

    [Fact]
    public void ToRequest_AnyFactsOfAReadCase_AreAnswersOrMistakesNamingTheVariable()
    {
        Case.Sample(json =>
        {
            if (ParseOrMistake(json) is not { } file)
            {
                return;
            }

            try
            {
                Assert.NotNull(file.ToRequest(Service.Variables, file.Date ?? AsOf, file.Locale ?? "zh-CN"));
            }
            catch (InvalidInputException e)
            {
                AssertTold(e);
                Assert.All(e.Errors, error => Assert.True(file.Facts.ContainsKey(error.Variable), error.Variable));
            }
        }, iter: 10_000);
    }

    [Fact]
    public void Evaluate_AnyAcceptedFacts_GivesAReport()
    {
        Gen.Select(Gen.OneOf<string>(Ids).Select(HostileJson.String), Value).Array[1, 10]
            .Select(facts => $"{{\"date\":\"2017-05-10\",\"facts\":{{{string.Join(",", facts.DistinctBy(f => f.Item1).Select(f => $"{f.Item1}:{f.Item2}"))}}}}}")
            .Sample(json =>
            {
                if (ParseOrMistake(json) is not { } file)
                {
                    return;
                }

                EvaluationRequest request;
                try
                {
                    request = file.ToRequest(Service.Variables, AsOf, "zh-CN");
                }
                catch (InvalidInputException e)
                {
                    AssertTold(e);
                    return;
                }

                Assert.NotEmpty(Service.Evaluate(request).Programs);
            }, iter: 200);
    }

    [Theory]
    [InlineData("{0}")]
    [InlineData("{{\"date\":{0},\"facts\":{{}}}}")]
    [InlineData("{{\"facts\":{{\"child.birthDate\":{0}}}}}")]
    [InlineData("{{\"facts\":{0}}}")]
    public void Parse_NestedTenThousandDeep_SaysItNestsTooDeeply(string shape)
    {
        foreach (var nested in HostileJson.Nested(10_000))
        {
            var mistake = Assert.Throws<InvalidInputException>(() => CaseFile.Parse(string.Format(CultureInfo.InvariantCulture, shape, nested)));
            Assert.Contains("nests brackets more than 64 levels deep", Assert.Single(mistake.Lines("en")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ToRequest_EveryVariableGivenEveryJsonType_IsAcceptedOrRefusedByName()
    {
        string[] types = ["true", "1", "1.5", "-1", "\"x\"", "\"2011-08-31\"", "[]", "{}", "null", "\"uncertain\"", "1e400"];
        foreach (var id in Ids)
        {
            foreach (var value in types)
            {
                var file = CaseFile.Parse($$$"""{"date":"2017-05-10","facts":{"{{{id}}}":{{{value}}}}}""");
                try
                {
                    _ = file.ToRequest(Service.Variables, AsOf, "en");
                }
                catch (InvalidInputException e)
                {
                    Assert.Equal(id, Assert.Single(e.Errors).Variable);
                    AssertTold(e);
                }
            }
        }
    }

    [Fact]
    public void Parse_EveryTopLevelKeyGivenEveryJsonType_IsReadOrRefusedByName()
    {
        string[] types = ["true", "1", "\"x\"", "[]", "{}", "null", "\"2017-05-10\"", "\"en\""];
        foreach (var key in new[] { "date", "locale", "facts" })
        {
            foreach (var value in types)
            {
                var json = key == "facts" ? $$"""{"facts":{{value}}}""" : $$$"""{"{{{key}}}":{{{value}}},"facts":{}}""";
                if (ParseOrMistake(json) is null)
                {
                    var mistake = Assert.Throws<InvalidInputException>(() => CaseFile.Parse(json));
                    Assert.Equal(key, Assert.Single(mistake.Errors).Variable);
                }
            }
        }
    }

    /// <summary>The case read from <paramref name="json"/>, or null when it was refused as it should be.</summary>
    private static CaseFile? ParseOrMistake(string json)
    {
        try
        {
            return CaseFile.Parse(json);
        }
        catch (InvalidInputException e)
        {
            AssertTold(e);
            return null;
        }
    }

    private static void AssertTold(InvalidInputException mistake)
    {
        Assert.InRange(mistake.Errors.Count, 1, InvalidInputException.MaximumListed);
        foreach (var locale in new[] { "zh-CN", "en" })
        {
            var lines = mistake.Lines(locale);
            Assert.NotEmpty(lines);
            Assert.All(lines, line => Assert.False(string.IsNullOrWhiteSpace(line)));
            Assert.All(ParserWords, word => Assert.All(lines, line => Assert.DoesNotContain(word, line, StringComparison.Ordinal)));
        }
    }

    private static string Key(string name) => name.Length == 0 ? string.Empty : HostileJson.String(name);
}
