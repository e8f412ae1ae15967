using PolicyRules.Engine.Fluent;
using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine.Tests.IntegrationTests;

/// <summary>
/// Loading rule classes into named rule sets (from an assembly with a tag filter, or by type), the
/// metadata read from their attributes, and the errors a badly defined rule class gives.
/// </summary>
public class RuleRepositoryTests
{
    /// <summary>Used by no rule outside this file, so filtering the whole test assembly by it is safe.</summary>
    public const string Tag = "RuleRepositoryTests.Tagged";

    public const string TypedTag = "RuleRepositoryTests.Typed";

    public const string InheritedTag = "RuleRepositoryTests.Inherited";

    private static readonly DateOnly AsOf = new(2017, 5, 1);

    [Fact]
    public void Load_AssemblyFilteredByTag_LoadsOnlyTaggedRulesIntoNamedSetOrderedByClassName()
    {
        // Arrange
        var repository = new RuleRepository();

        // Act
        repository.Load(x => x.From(typeof(RuleRepositoryTests).Assembly).Where(r => r.IsTagged(Tag)).To("Enrolment"));

        // Assert
        Assert.Equal(["Enrolment"], repository.RuleSets);
        Assert.Equal(["RuleRepository.TaggedAlpha", "RuleRepository.TaggedBeta"], repository.GetRules("Enrolment").Select(r => r.Name));
    }

    [Fact]
    public void Load_AssemblyFilteredByStronglyTypedTag_LoadsRulesCarryingThatAttribute()
    {
        // Arrange
        var repository = new RuleRepository();

        // Act
        repository.Load(x => x.From(typeof(RuleRepositoryTests).Assembly).Where(r => r.IsTagged(TypedTag)));

        // Assert
        var rule = Assert.Single(repository.GetRules());
        Assert.Equal("RuleRepository.TypedTag", rule.Name);
        Assert.True(rule.IsTagged(TypedTag));
        Assert.False(rule.IsTagged(Tag));
    }

    [Fact]
    public void Load_AssemblyFilteredByTagOnAbstractBase_LoadsConcreteSubclassOnly()
    {
        // Arrange
        var repository = new RuleRepository();

        // Act
        repository.Load(x => x.From(typeof(RuleRepositoryTests).Assembly).Where(r => r.IsTagged(InheritedTag)));

        // Assert
        var rule = Assert.Single(repository.GetRules());
        Assert.Equal("RuleRepository.InheritsTag", rule.Name);
        Assert.Equal([InheritedTag, "RuleRepositoryTests.Own"], rule.Metadata.Tags.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Load_SeveralWhereFilters_LoadsRulesPassingAll()
    {
        // Arrange
        var repository = new RuleRepository();

        // Act
        repository.Load(x => x.From(typeof(RuleRepositoryTests).Assembly)
            .Where(r => r.IsTagged(Tag))
            .Where(r => r.IsTagged("RuleRepositoryTests.Second")));

        // Assert
        Assert.Equal(["RuleRepository.TaggedBeta"], repository.GetRules().Select(r => r.Name));
    }

    [Fact]
    public void Load_TypesIntoTwoRuleSets_CompilesEachSetSeparately()
    {
        // Arrange
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(TaggedAlphaRule)).To("Enrolment"));
        repository.Load(x => x.From(typeof(TaggedBetaRule)).To("Subsidy"));

        // Act
        var enrolment = repository.Compile("Enrolment");
        var session = enrolment.CreateSession(AsOf);
        session.Insert(new Applicant { Name = "Li" });
        session.Fire();

        // Assert
        Assert.Equal(["Enrolment", "Subsidy"], repository.RuleSets);
        Assert.Equal(["RuleRepository.TaggedAlpha"], enrolment.Rules.Select(r => r.Name));
        Assert.Equal(["RuleRepository.TaggedAlpha"], session.Query<Outcome>().Select(o => o.RuleName));
    }

    [Fact]
    public void Compile_WithoutSetName_CompilesEveryLoadedRule()
    {
        // Arrange
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(TaggedAlphaRule)).To("Enrolment"));
        repository.Load(x => x.From(typeof(TaggedBetaRule)).To("Subsidy"));

        // Act
        var factory = repository.Compile();

        // Assert
        Assert.Equal(["RuleRepository.TaggedAlpha", "RuleRepository.TaggedBeta"], factory.Rules.Select(r => r.Name));
    }

    [Fact]
    public void Load_WithoutTo_UsesDefaultRuleSetAndKeepsTypeOrder()
    {
        // Arrange
        var repository = new RuleRepository();

        // Act
        repository.Load(x => x.From(typeof(TaggedBetaRule), typeof(TaggedAlphaRule)));

        // Assert
        Assert.Equal([RuleRepository.DefaultRuleSet], repository.RuleSets);
        Assert.Equal(["RuleRepository.TaggedBeta", "RuleRepository.TaggedAlpha"], repository.GetRules(RuleRepository.DefaultRuleSet).Select(r => r.Name));
    }

    [Fact]
    public void Compile_UnknownRuleSet_Throws()
    {
        // Arrange
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(TaggedAlphaRule)).To("Enrolment"));

        // Act
        var error = Record.Exception(() => repository.Compile("Subsidy"));

        // Assert
        Assert.IsType<InvalidOperationException>(error);
        Assert.Contains("Subsidy", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_NothingLoaded_Throws()
    {
        // Arrange
        var repository = new RuleRepository();

        // Act
        var error = Record.Exception(() => repository.Compile());

        // Assert
        Assert.IsType<InvalidOperationException>(error);
    }

    [Fact]
    public void Load_AttributesOnRuleClass_BecomeMetadata()
    {
        // Arrange
        var repository = new RuleRepository();

        // Act
        repository.Load(x => x.From(typeof(DescribedRule)));

        // Assert
        var rule = Assert.Single(repository.GetRules());
        Assert.Equal("RuleRepository.Described", rule.Name);
        Assert.Equal("Children of registered residents enrol first.", rule.Metadata.Description);
        Assert.Equal(5, rule.Priority);
        Assert.Equal(new Citation("门政办发〔2017〕26号", "二(三)11"), rule.Citation);
        Assert.Equal("门政办发〔2017〕26号 二(三)11", rule.Citation!.ToString());
        Assert.Equal(["RuleRepositoryTests.Described"], rule.Metadata.Tags);
        Assert.Equal(typeof(DescribedRule), rule.Metadata.RuleType);
    }

    [Fact]
    public void Load_RuleWithoutAttributes_NamedAfterClassWithDefaults()
    {
        // Arrange
        var repository = new RuleRepository();

        // Act
        repository.Load(x => x.From(typeof(PlainRule)));

        // Assert
        var rule = Assert.Single(repository.GetRules());
        Assert.Equal(typeof(PlainRule).FullName, rule.Name);
        Assert.Null(rule.Metadata.Description);
        Assert.Equal(0, rule.Priority);
        Assert.Null(rule.Citation);
        Assert.Empty(rule.Metadata.Tags);
        Assert.Same(EffectivePeriod.Always, rule.Effective);
    }

    [Fact]
    public void Load_SameRuleTwice_RejectsDuplicateName()
    {
        // Arrange
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(TaggedAlphaRule)));

        // Act
        var error = Record.Exception(() => repository.Load(x => x.From(typeof(TaggedAlphaRule))));

        // Assert
        var definitionError = Assert.IsType<RuleDefinitionException>(error);
        Assert.Equal("RuleRepository.TaggedAlpha", definitionError.RuleName);
        Assert.Contains("already has this name", definitionError.Message, StringComparison.Ordinal);
        Assert.Single(repository.GetRules());
    }

    [Theory]
    [InlineData(typeof(string))]
    [InlineData(typeof(TaggedBaseRule))]
    public void Load_TypeThatIsNotConcreteRule_ThrowsArgumentError(Type type)
    {
        // Arrange
        var repository = new RuleRepository();

        // Act
        var error = Record.Exception(() => repository.Load(x => x.From(type)));

        // Assert
        Assert.IsType<ArgumentException>(error);
        Assert.Contains(type.Name, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(typeof(AliasUsedBeforeBoundRule), "RuleRepository.AliasUsedBeforeBound", "'household' is used before the pattern that binds it")]
    [InlineData(typeof(AliasBoundTwiceRule), "RuleRepository.AliasBoundTwice", "'applicant' is bound twice")]
    [InlineData(typeof(AliasNotLocalRule), "RuleRepository.AliasNotLocal", "must name a local variable of Define()")]
    [InlineData(typeof(NoConditionsRule), "RuleRepository.NoConditions", "When() has no conditions")]
    [InlineData(typeof(NoActionsRule), "RuleRepository.NoActions", "Then() has no actions")]
    [InlineData(typeof(QueryWithoutAggregateRule), "RuleRepository.QueryWithoutAggregate", "a query must end in Collect(), Count() or Sum()")]
    [InlineData(typeof(QueryAggregatingTwiceRule), "RuleRepository.QueryAggregatingTwice", "a query can aggregate only once")]
    public void Load_RuleDefinitionError_ThrowsNamingRuleAndProblem(Type ruleType, string ruleName, string problem)
    {
        // Arrange
        var repository = new RuleRepository();

        // Act
        var error = Record.Exception(() => repository.Load(x => x.From(ruleType)));

        // Assert
        var definitionError = Assert.IsType<RuleDefinitionException>(error);
        Assert.Equal(ruleName, definitionError.RuleName);
        Assert.Contains(ruleName, definitionError.Message, StringComparison.Ordinal);
        Assert.Contains(problem, definitionError.Message, StringComparison.Ordinal);
        Assert.Empty(repository.GetRules());
    }

    [Fact]
    public void Load_RuleWithoutParameterlessConstructor_ThrowsNamingRule()
    {
        // Arrange
        var repository = new RuleRepository();

        // Act
        var error = Record.Exception(() => repository.Load(x => x.From(typeof(NoParameterlessConstructorRule))));

        // Assert
        var definitionError = Assert.IsType<RuleDefinitionException>(error);
        Assert.Equal("RuleRepository.NoParameterlessConstructor", definitionError.RuleName);
        Assert.Contains("public parameterless constructor", definitionError.Message, StringComparison.Ordinal);
    }

    public sealed class Applicant
    {
        public string Name { get; set; } = "";
    }

    public sealed class Household
    {
        public string Name { get; set; } = "";
    }

    public sealed record Outcome(string RuleName);

    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
    public sealed class RepositoryTypedTagAttribute() : TagAttribute(TypedTag);

    [Name("RuleRepository.TaggedAlpha")]
    [Tag(Tag)]
    public sealed class TaggedAlphaRule : Rule
    {
        public override void Define()
        {
            Applicant applicant = default!;

            When()
                .Match(() => applicant);
            Then()
                .Yield(ctx => new Outcome(ctx.Rule.Name));
        }
    }

    [Name("RuleRepository.TaggedBeta")]
    [Tag(Tag)]
    [Tag("RuleRepositoryTests.Second")]
    public sealed class TaggedBetaRule : Rule
    {
        public override void Define()
        {
            Applicant applicant = default!;

            When()
                .Match(() => applicant);
            Then()
                .Yield(ctx => new Outcome(ctx.Rule.Name));
        }
    }

    [Name("RuleRepository.TypedTag")]
    [RepositoryTypedTag]
    public sealed class TypedTagRule : Rule
    {
        public override void Define()
        {
            Applicant applicant = default!;

            When()
                .Match(() => applicant);
            Then()
                .Yield(ctx => new Outcome(ctx.Rule.Name));
        }
    }

    [Tag(InheritedTag)]
    public abstract class TaggedBaseRule : Rule
    {
        public override void Define()
        {
            Applicant applicant = default!;

            When()
                .Match(() => applicant);
            Then()
                .Yield(ctx => new Outcome(ctx.Rule.Name));
        }
    }

    [Name("RuleRepository.InheritsTag")]
    [Tag("RuleRepositoryTests.Own")]
    public sealed class InheritsTagRule : TaggedBaseRule;

    [Name("RuleRepository.Described")]
    [Description("Children of registered residents enrol first.")]
    [Priority(5)]
    [Cites("门政办发〔2017〕26号", "二(三)11")]
    [Tag("RuleRepositoryTests.Described")]
    public sealed class DescribedRule : Rule
    {
        public override void Define()
        {
            Applicant applicant = default!;

            When()
                .Match(() => applicant);
            Then()
                .Yield(ctx => new Outcome(ctx.Rule.Name));
        }
    }

    public sealed class PlainRule : Rule
    {
        public override void Define()
        {
            Applicant applicant = default!;

            When()
                .Match(() => applicant);
            Then()
                .Yield(ctx => new Outcome(ctx.Rule.Name));
        }
    }

    [Name("RuleRepository.AliasUsedBeforeBound")]
    public sealed class AliasUsedBeforeBoundRule : Rule
    {
        public override void Define()
        {
            Applicant applicant = default!;
            Household household = default!;

            When()
                .Match(() => applicant, a => a.Name == household.Name)
                .Match(() => household);
            Then()
                .Yield(ctx => new Outcome(applicant.Name));
        }
    }

    [Name("RuleRepository.AliasBoundTwice")]
    public sealed class AliasBoundTwiceRule : Rule
    {
        public override void Define()
        {
            Applicant applicant = default!;

            When()
                .Match(() => applicant)
                .Match(() => applicant);
            Then()
                .Yield(ctx => new Outcome(applicant.Name));
        }
    }

    [Name("RuleRepository.AliasNotLocal")]
    public sealed class AliasNotLocalRule : Rule
    {
        public override void Define()
        {
            When()
                .Match(() => new Applicant());
            Then()
                .Yield(ctx => new Outcome("never"));
        }
    }

    [Name("RuleRepository.NoConditions")]
    public sealed class NoConditionsRule : Rule
    {
        public override void Define()
        {
            When();
            Then()
                .Yield(ctx => new Outcome("never"));
        }
    }

    [Name("RuleRepository.NoActions")]
    public sealed class NoActionsRule : Rule
    {
        public override void Define()
        {
            Applicant applicant = default!;

            When()
                .Match(() => applicant);
            Then();
        }
    }

    [Name("RuleRepository.QueryWithoutAggregate")]
    public sealed class QueryWithoutAggregateRule : Rule
    {
        public override void Define()
        {
            Applicant applicant = default!;

            When()
                .Query(() => applicant, q => q.Match<Applicant>());
            Then()
                .Yield(ctx => new Outcome(applicant.Name));
        }
    }

    [Name("RuleRepository.QueryAggregatingTwice")]
    public sealed class QueryAggregatingTwiceRule : Rule
    {
        public override void Define()
        {
            var count = 0;

            When()
                .Query(() => count, q => q.Match<Applicant>().Count().Count());
            Then()
                .Yield(ctx => new Outcome("never"));
        }
    }

    [Name("RuleRepository.NoParameterlessConstructor")]
    public sealed class NoParameterlessConstructorRule(string suffix) : Rule
    {
        public override void Define()
        {
            Applicant applicant = default!;

            When()
                .Match(() => applicant);
            Then()
                .Yield(ctx => new Outcome(applicant.Name + suffix));
        }
    }
}
