using System.Globalization;
using System.Reflection;
using System.Reflection.Emit;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using PolicyRules.Engine.Evaluation;
using PolicyRules.Engine.Metadata;
using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine.Tests.IntegrationTests;

/// <summary>As-of evaluation: a rule fires only on the dates of its [Effective] window, both ends included.</summary>
public class EffectiveDateTests
{
    [Theory]
    [InlineData("2017-03-31", 0)]
    [InlineData("2017-04-01", 1)]
    [InlineData("2017-04-15", 1)]
    [InlineData("2017-04-28", 1)]
    [InlineData("2017-04-29", 0)]
    public void Fire_RuleWithWindow_FiresOnlyOnDatesInsideIt(string asOf, int expectedFired)
    {
        // Arrange
        var session = CreateSession(Date(asOf), typeof(SpringSubsidyRule));
        session.Insert(new Application { Income = 800m });

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(expectedFired, fired);
        Assert.Equal(expectedFired, session.Query<Subsidy>().Count());
    }

    [Theory]
    [InlineData("2017-08-31", 0)]
    [InlineData("2017-09-01", 1)]
    [InlineData("2030-01-01", 1)]
    public void Fire_RuleWithStartOnly_FiresFromStartOn(string asOf, int expectedFired)
    {
        // Arrange
        var session = CreateSession(Date(asOf), typeof(AutumnSubsidyRule));
        session.Insert(new Application { Income = 800m });

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(expectedFired, fired);
    }

    [Theory]
    [InlineData("2000-01-01", 1)]
    [InlineData("2016-12-31", 1)]
    [InlineData("2017-01-01", 0)]
    public void Fire_RuleWithEndOnly_FiresUntilEnd(string asOf, int expectedFired)
    {
        // Arrange
        var session = CreateSession(Date(asOf), typeof(LegacySubsidyRule));
        session.Insert(new Application { Income = 800m });

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(expectedFired, fired);
    }

    [Theory]
    [InlineData("1990-01-01")]
    [InlineData("2100-12-31")]
    public void Fire_RuleWithoutEffectiveAttribute_FiresOnAnyDate(string asOf)
    {
        // Arrange
        var session = CreateSession(Date(asOf), typeof(PermanentSubsidyRule));
        session.Insert(new Application { Income = 800m });

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(1, fired);
    }

    [Fact]
    public void CreateSession_OneFactoryTwoDates_EachSessionUsesItsOwnDate()
    {
        // Arrange
        var repository = new RuleRepository();
        repository.Load(x => x.NestedTypes().From(typeof(SpringSubsidyRule)));
        var factory = repository.CompileThreeValued();
        var inForce = factory.CreateSession(new DateOnly(2017, 4, 28));
        var expired = factory.CreateSession(new DateOnly(2017, 4, 29));
        inForce.Insert(new Application { Income = 800m });
        expired.Insert(new Application { Income = 800m });

        // Act
        var firedInForce = inForce.Fire();
        var firedExpired = expired.Fire();

        // Assert
        Assert.Equal(1, firedInForce);
        Assert.Equal(0, firedExpired);
    }

    [Theory]
    [InlineData("2017-04-28", 1_200, true)]
    [InlineData("2017-04-29", 1_200, false)]
    [InlineData("2017-04-28", 900, true)]
    [InlineData("2017-04-29", 900, true)]
    public void Fire_SuccessiveVersionsOfRule_VersionInForceDecides(string asOf, int income, bool expectedEligible)
    {
        // Arrange
        var session = CreateSession(Date(asOf), typeof(OldThresholdRule), typeof(NewThresholdRule));
        session.Insert(new Application { Income = income });

        // Act
        session.Fire();

        // Assert
        Assert.Equal(expectedEligible, session.Determine<Subsidy>().Truth == Truth.True);
    }

    [Fact]
    public void ExplainAbsence_MatchingRuleOutsideWindow_SaysNotInForceWithWindow()
    {
        // Arrange
        var session = CreateSession(new DateOnly(2017, 3, 31), typeof(SpringSubsidyRule));
        session.Insert(new Application { Income = 800m });
        session.Fire();

        // Act
        var failures = session.ExplainAbsence<Subsidy>();

        // Assert
        var failure = Assert.Single(failures);
        Assert.Equal("EffectiveDate.SpringSubsidy", failure.Rule.Name);
        Assert.Equal("not in force on 2017-03-31 (in force 2017-04-01 – 2017-04-28)", failure.Reason);
        Assert.Empty(failure.FailedConditions);
    }

    [Fact]
    public void ExplainAbsence_MatchingRuleInsideWindow_NothingToExplain()
    {
        // Arrange
        var session = CreateSession(new DateOnly(2017, 4, 1), typeof(SpringSubsidyRule));
        session.Insert(new Application { Income = 800m });
        session.Fire();

        // Act
        var failures = session.ExplainAbsence<Subsidy>();

        // Assert
        Assert.Empty(failures);
    }

    [Theory]
    [InlineData("2017-03-31", Truth.False)]
    [InlineData("2017-04-01", Truth.Unknown)]
    public void Determine_UnknownInputOfRuleOutsideWindow_CannotMakeGoalUnknown(string asOf, Truth expected)
    {
        // Arrange
        var session = CreateSession(Date(asOf), typeof(SpringSubsidyRule));
        session.Insert(new Application());
        session.Fire();

        // Act
        var determination = session.Determine<Subsidy>();

        // Assert
        Assert.Equal(expected, determination.Truth);
        Assert.Equal(expected == Truth.Unknown ? ["application.income"] : [], determination.MissingVariableIds);
    }

    [Fact]
    public void Fire_ActionReadingEvaluationDateFact_SeesSessionDate()
    {
        // Arrange
        var asOf = new DateOnly(2017, 4, 10);
        var session = CreateSession(asOf, typeof(DatedSubsidyRule));
        session.Insert(new EvaluationDate(session.AsOf));
        session.Insert(new Application { Income = 800m });

        // Act
        session.Fire();

        // Assert
        Assert.Equal(asOf, Assert.Single(session.Query<DatedSubsidy>()).GrantedOn);
    }

    [Fact]
    public void Effective_RuleWithWindow_ReadsBothEndsFromAttribute()
    {
        // Arrange
        var repository = new RuleRepository();

        repository.Load(x => x.NestedTypes().From(typeof(SpringSubsidyRule), typeof(PermanentSubsidyRule)));

        // Act
        var rules = repository.CompileThreeValued().Rules;

        // Assert
        var spring = rules[0].Effective;
        Assert.Equal(new DateOnly(2017, 4, 1), spring.From);
        Assert.Equal(new DateOnly(2017, 4, 28), spring.To);
        Assert.Equal("2017-04-01 – 2017-04-28", spring.ToString());
        Assert.Same(EffectivePeriod.Always, rules[1].Effective);
    }

    [Theory]
    [InlineData("2017-03-31", false)]
    [InlineData("2017-04-01", true)]
    [InlineData("2017-04-28", true)]
    [InlineData("2017-04-29", false)]
    public void EffectivePeriodContains_DatesAroundBothEnds_IncludesBothEnds(string date, bool expected)
    {
        // Arrange
        var period = new EffectivePeriod(new DateOnly(2017, 4, 1), new DateOnly(2017, 4, 28));

        // Act
        var contains = period.Contains(Date(date));

        // Assert
        Assert.Equal(expected, contains);
    }

    [Theory]
    [InlineData("2017-4-1", null, "'2017-4-1' is not a yyyy-MM-dd date")]
    [InlineData("2017-04-31", null, "'2017-04-31' is not a yyyy-MM-dd date")]
    [InlineData("2017-04-28", "2017-04-01", "ends (2017-04-01) before it starts (2017-04-28)")]
    public void CompileThreeValued_InvalidEffectiveWindow_ThrowsNamingRule(string from, string? to, string expectedMessage)
    {
        // Arrange
        var ruleType = EmitRuleWithEffective(from, to);
        var repository = new RuleRepository();
        repository.Load(x => x.From(ruleType));

        // Act
        var error = Record.Exception(() => repository.CompileThreeValued());

        // Assert
        var loadError = Assert.IsType<RuleLoadException>(error);
        Assert.Equal("EffectiveDate.Emitted", loadError.RuleName);
        Assert.Contains(expectedMessage, loadError.Message, StringComparison.Ordinal);
    }

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ISession CreateSession(DateOnly asOf, params Type[] rules)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.NestedTypes().From(rules));
        return repository.CompileThreeValued().CreateSession(asOf);
    }

    /// <summary>
    /// Builds a rule class with an invalid [Effective] window at run time: compiled into this assembly,
    /// it would break every test that compiles rules loaded from the whole assembly. It inherits a
    /// valid Define() from <see cref="EmittedRuleBase"/>.
    /// </summary>
    private static Type EmitRuleWithEffective(string from, string? to)
    {
        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName($"EffectiveDateTests.{Guid.NewGuid():N}"), AssemblyBuilderAccess.RunAndCollect);
        var type = assembly.DefineDynamicModule("Rules")
            .DefineType("EmittedRule", TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class, typeof(EmittedRuleBase));
        type.DefineDefaultConstructor(MethodAttributes.Public);
        type.SetCustomAttribute(new CustomAttributeBuilder(typeof(NameAttribute).GetConstructor([typeof(string)])!, ["EffectiveDate.Emitted"]));
        var properties = new List<PropertyInfo> { typeof(EffectiveAttribute).GetProperty(nameof(EffectiveAttribute.From))! };
        var values = new List<object?> { from };
        if (to is not null)
        {
            properties.Add(typeof(EffectiveAttribute).GetProperty(nameof(EffectiveAttribute.To))!);
            values.Add(to);
        }

        type.SetCustomAttribute(new CustomAttributeBuilder(
            typeof(EffectiveAttribute).GetConstructor(Type.EmptyTypes)!, [], [.. properties], [.. values]));
        return type.CreateType();
    }

    public sealed class Application
    {
        public Input<decimal> Income { get; set; }
    }

    public sealed record Subsidy(Application Application);

    public sealed record DatedSubsidy(Application Application, DateOnly GrantedOn);

    /// <summary>The evaluation date as a fact (an NRules action has no session date to read).</summary>
    public sealed record EvaluationDate(DateOnly Date);

    public abstract class EmittedRuleBase : Rule
    {
        public override void Define()
        {
            Application application = default!;

            When()
                .Match(() => application, a => a.Income.Value < 1_000m);
            Then()
                .Yield(ctx => new Subsidy(application));
        }
    }

    [Name("EffectiveDate.SpringSubsidy")]
    [Effective(From = "2017-04-01", To = "2017-04-28")]
    public sealed class SpringSubsidyRule : Rule
    {
        public override void Define()
        {
            Application application = default!;

            When()
                .Match(() => application, a => a.Income.Value < 1_000m);
            Then()
                .Yield(ctx => new Subsidy(application));
        }
    }

    [Name("EffectiveDate.AutumnSubsidy")]
    [Effective(From = "2017-09-01")]
    public sealed class AutumnSubsidyRule : Rule
    {
        public override void Define()
        {
            Application application = default!;

            When()
                .Match(() => application, a => a.Income.Value < 1_000m);
            Then()
                .Yield(ctx => new Subsidy(application));
        }
    }

    [Name("EffectiveDate.LegacySubsidy")]
    [Effective(To = "2016-12-31")]
    public sealed class LegacySubsidyRule : Rule
    {
        public override void Define()
        {
            Application application = default!;

            When()
                .Match(() => application, a => a.Income.Value < 1_000m);
            Then()
                .Yield(ctx => new Subsidy(application));
        }
    }

    [Name("EffectiveDate.PermanentSubsidy")]
    public sealed class PermanentSubsidyRule : Rule
    {
        public override void Define()
        {
            Application application = default!;

            When()
                .Match(() => application, a => a.Income.Value < 1_000m);
            Then()
                .Yield(ctx => new Subsidy(application));
        }
    }

    [Name("EffectiveDate.OldThreshold")]
    [Effective(To = "2017-04-28")]
    public sealed class OldThresholdRule : Rule
    {
        public override void Define()
        {
            Application application = default!;

            When()
                .Match(() => application, a => a.Income.Value < 1_500m);
            Then()
                .Yield(ctx => new Subsidy(application));
        }
    }

    [Name("EffectiveDate.NewThreshold")]
    [Effective(From = "2017-04-29")]
    public sealed class NewThresholdRule : Rule
    {
        public override void Define()
        {
            Application application = default!;

            When()
                .Match(() => application, a => a.Income.Value < 1_000m);
            Then()
                .Yield(ctx => new Subsidy(application));
        }
    }

    [Name("EffectiveDate.DatedSubsidy")]
    public sealed class DatedSubsidyRule : Rule
    {
        public override void Define()
        {
            EvaluationDate today = default!;
            Application application = default!;

            When()
                .Match(() => today)
                .Match(() => application, a => a.Income.Value < 1_000m);
            Then()
                .Yield(ctx => new DatedSubsidy(application, today.Date));
        }
    }
}
