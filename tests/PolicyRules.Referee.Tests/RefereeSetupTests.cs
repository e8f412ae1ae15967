using System.Reflection;
using NRules;
using NRules.Fluent;
using PolicyRules.Engine.Metadata;
using PolicyRules.Referee.Tests.Referee;
using PolicyRules.Rules;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.Tests;
using PolicyRules.Screening;
using PolicyRules.Screening.Reports;
using PolicyRules.Screening.Variables;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PolicyRules.Referee.Tests;

/// <summary>How NRules is set up to make the comparison fair, and that the variations are what the referee assumes.</summary>
public sealed class RefereeSetupTests
{
    private static readonly DateOnly InForce = new(2017, 5, 10);

    [Fact]
    public void Fire_TwoRulesYieldEqualRecords_NRulesWithReferenceIdentityKeepsBoth()
    {
        // Arrange: an over-age child without a registered Beijing hukou, for whom two rules yield the same deadline.
        var facts = OverAgeUnregisteredChild();
        var session = NRulesReference.CreateSession(InForce);
        session.InsertAll(facts);

        // Act
        session.Fire();

        // Assert
        var deadline = new DeadlineApplies(SchoolEnrolmentPrograms.LocalPrimary, "separate-collection");
        Assert.Equal(2, session.Query<DeadlineApplies>().AsEnumerable().Count(d => d == deadline));
    }

    [Fact]
    public void Fire_TwoRulesYieldEqualRecords_NRulesDefaultIdentityFails()
    {
        // Arrange
        var session = PolicyLibrary.Default.Repository.Compile().CreateSession();
        session.InsertAll(OverAgeUnregisteredChild());

        // Act
        var failure = Record.Exception(() => session.Fire());

        // Assert
        var collision = Assert.IsType<ArgumentException>(Assert.IsType<RuleRhsExpressionEvaluationException>(failure).InnerException);
        Assert.Contains("DeadlineApplies", collision.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2017-04-27")]
    [InlineData("2017-04-28")]
    [InlineData("2017-12-31")]
    [InlineData("2018-01-01")]
    public void RulesInForce_Date_ExactlyRulesWhoseEffectiveWindowCoversIt(string day)
    {
        // Arrange
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        var library = PolicyLibrary.Default;
        var expected = library.Repository.GetRuleSets()
            .SelectMany(set => set.Rules.Where(r => EffectiveOn(r.Properties[RuleProperties.ClrType] as Type, library.Area(set.Name), date)))
            .Select(r => r.Name);

        // Act
        var compiled = NRulesReference.RulesInForce(date).Select(r => r.Name);

        // Assert
        Assert.Equal(expected, compiled);
    }

    /// <summary>The day before any rule of any area is in force, and the day after the last window ends (when every window ends).</summary>
    public static TheoryData<string> DaysNoRuleIsInForce
    {
        get
        {
            var windows = PolicyLibrary.Default.Rules().Select(r => r.Effective).ToArray();
            var days = new TheoryData<string> { Day(windows.Min(w => w.From ?? DateOnly.MaxValue).AddDays(-1)) };
            if (windows.All(w => w.To is not null))
            {
                days.Add(Day(windows.Max(w => w.To!.Value).AddDays(1)));
            }

            return days;

            static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    [Theory]
    [MemberData(nameof(DaysNoRuleIsInForce))]
    public void Fire_DateOutsideRulesWindow_NeitherEngineDerivesAnything(string day)
    {
        // Arrange
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        var variation = Variations.For(RefereeAreas.SchoolEnrolment).Complete("a day no rule is in force", date, [], seed: 1);

        // Act
        var verdict = Bout.Start(variation).Judge("after firing");

        // Assert
        Assert.True(verdict.Agrees, verdict.ToString());
        Assert.Empty(verdict.DerivedFacts);
        Assert.All(verdict.Statuses.Values, s => Assert.Equal(ProgramStatus.NotApplicable, s));
    }

    [Theory]
    [InlineData(false, false, ProgramStatus.NotApplicable)]
    [InlineData(false, true, ProgramStatus.NotApplicable)]
    [InlineData(true, false, ProgramStatus.Ineligible)]
    [InlineData(true, true, ProgramStatus.Eligible)]
    public void StatusOf_ProgramFacts_ReadAsTheReportReadsThem(bool applies, bool eligible, string status)
    {
        // Arrange
        const string program = SchoolEnrolmentPrograms.Boarding;
        var facts = new List<object> { new ProgramApplies(SchoolEnrolmentPrograms.Preference), new ProgramEligible(SchoolEnrolmentPrograms.Preference) };
        if (applies)
        {
            facts.Add(new ProgramApplies(program));
        }

        if (eligible)
        {
            facts.Add(new ProgramEligible(program));
        }

        // Act
        var read = StatusMapping.StatusOf(program, facts);

        // Assert
        Assert.Equal(status, read);
    }

    [Fact]
    public void Start_VariationWithUnansweredInput_Refused()
    {
        // Arrange
        var variation = Variations.For(RefereeAreas.SchoolEnrolment).Random(RefereeSettings.DefaultSeed, 0);
        var partial = variation with { Answers = variation.Answers.Where(a => a.Key != "child.birthDate").ToDictionary() };

        // Act
        var failure = Record.Exception(() => Bout.Start(partial));

        // Assert
        Assert.IsType<InvalidOperationException>(failure);
        Assert.Contains("Child.BirthDate", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RefereeAreas.All), MemberType = typeof(RefereeAreas))]
    public void Random_SameSeed_SameVariation(string area)
    {
        // Arrange
        var variations = Variations.For(area);

        // Act
        var first = variations.Random(7, 42).Describe();
        var again = variations.Random(7, 42).Describe();
        var other = variations.Random(8, 42).Describe();

        // Assert
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    /// <summary>A printed variation replays as a policy case, and the product's answer reader accepts every generated value.</summary>
    [Theory]
    [MemberData(nameof(RefereeAreas.All), MemberType = typeof(RefereeAreas))]
    public void ToPolicyCase_RandomVariation_ReadsBackWithSameAnswers(string area)
    {
        // Arrange
        var variations = Enumerable.Range(0, 200).Select(i => Variations.For(area).Random(RefereeSettings.DefaultSeed, i)).ToArray();
        var yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

        foreach (var variation in variations)
        {
            // Act
            var policyCase = Assert.Single(yaml.Deserialize<List<PolicyCase>>(variation.Describe()));
            var answers = CaseRunner.Answers(policyCase);

            // Assert
            Assert.Equal(variation.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), policyCase.Date);
            Assert.Equal(variation.Answers.Count, answers.Count);
            Assert.All(variation.Answers, a => Assert.Equal(a.Value.Value, answers[a.Key].Value));
        }
    }

    [Theory]
    [MemberData(nameof(RefereeAreas.All), MemberType = typeof(RefereeAreas))]
    public void Random_EvaluationDates_MostlyInsideRulesWindowSometimesOutside(string area)
    {
        // Arrange
        var rules = PolicyLibrary.Default.Rules(area);

        // Act
        var dates = Enumerable.Range(0, 1000).Select(i => Variations.For(area).Random(RefereeSettings.Seed, i).Date).ToArray();

        // Assert
        var inside = dates.Count(d => rules.Any(r => r.Effective.Contains(d)));
        Assert.InRange(inside, dates.Length * 0.8, dates.Length - 10);
    }

    /// <summary>The rule class's own [Effective] window, else its area's (area.yaml), read independently of the compiler.</summary>
    private static bool EffectiveOn(Type? ruleType, AreaModule area, DateOnly date)
    {
        var effective = ruleType?.GetCustomAttribute<EffectiveAttribute>();
        var from = effective is null ? area.Manifest.InForce.FromDate : effective.From is { } f ? DateOnly.Parse(f, System.Globalization.CultureInfo.InvariantCulture) : null;
        var to = effective is null ? area.Manifest.InForce.ToDate : effective.To is { } t ? DateOnly.Parse(t, System.Globalization.CultureInfo.InvariantCulture) : null;
        return (from ?? DateOnly.MinValue) <= date && date <= (to ?? DateOnly.MaxValue);
    }

    private static object[] OverAgeUnregisteredChild()
    {
        var variables = CaseRunner.Service.Variables;
        var answers = new[]
        {
            Answer.Known(variables["child.stage"], SchoolStage.Primary),
            Answer.Known(variables["child.hukou"], HukouLocation.BeijingUnregistered),
            Answer.Known(variables["child.birthDate"], new DateOnly(2010, 5, 1)),
        };
        var variation = Variations.For(RefereeAreas.SchoolEnrolment).Complete("an over-age child without a registered hukou", InForce, answers, seed: 1);
        return [.. PolicyLibrary.Default.ContextFacts(InForce), .. InputFacts.Build(CaseRunner.Service.Variables, variation.Answers.Values)];
    }
}
