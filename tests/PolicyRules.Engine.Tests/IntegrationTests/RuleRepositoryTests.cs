using NRules.Fluent;
using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine.Tests.IntegrationTests;

/// <summary>
/// Loading rule classes with NRules' repository into named rule sets (from an assembly with a tag
/// filter, or by type), compiling them, the metadata read from their attributes, and the errors a
/// badly defined rule class gives: at load when NRules cannot build it, at compilation when the
/// three-valued engine refuses it.
/// </summary>
public class RuleRepositoryTests
{
    /// <summary>Used by no rule outside this file, so filtering the whole test assembly by it is safe.</summary>
    public const string Tag = "RuleRepositoryTests.Tagged";

    public const string TypedTag = "RuleRepositoryTests.Typed";

    public const string InheritedTag = "RuleRepositoryTests.Inherited";

    private static readonly DateOnly AsOf = new(2017, 5, 1);

    [Fact]
    public void Load_AssemblyFilteredByTag_LoadsOnlyTaggedRulesIntoNamedSet()
    {
        // Arrange
        var repository = new RuleRepository();

        // Act
        repository.Load(x => x.NestedTypes().From(typeof(RuleRepositoryTests).Assembly).Where(r => r.IsTagged(Tag)).To("Enrolment"));

        // Assert
        var ruleSet = Assert.Single(repository.GetRuleSets());
        Assert.Equal("Enrolment", ruleSet.Name);
        Assert.Equal(["RuleRepository.TaggedAlpha", "RuleRepository.TaggedBeta"], ruleSet.Rules.Select(r => r.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Load_AssemblyFilteredByStronglyTypedTag_LoadsRulesCarryingThatAttribute()
    {
        // Arrange
        var repository = new RuleRepository();
        repository.Load(x => x.NestedTypes().From(typeof(RuleRepositoryTests).Assembly).Where(r => r.IsTagged(TypedTag)));

        // Act
        var rules = repository.CompileThreeValued().Rules;

        // Assert
        var rule = Assert.Single(rules);
        Assert.Equal("RuleRepository.TypedTag", rule.Name);
        Assert.True(rule.IsTagged(TypedTag));
        Assert.False(rule.IsTagged(Tag));
    }

    [Fact]
    public void Load_AssemblyFilteredByTagOnAbstractBase_LoadsConcreteSubclassOnly()
    {
        // Arrange
        var repository = new RuleRepository();
        repository.Load(x => x.NestedTypes().From(typeof(RuleRepositoryTests).Assembly).Where(r => r.IsTagged(InheritedTag)));

        // Act
        var rules = repository.CompileThreeValued().Rules;

        // Assert
        var rule = Assert.Single(rules);
        Assert.Equal("RuleRepository.InheritsTag", rule.Name);
        Assert.Equal([InheritedTag, "RuleRepositoryTests.Own"], rule.Metadata.Tags.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Load_WhereFilterWithSeveralConditions_LoadsRulesPassingAll()
    {
        // Arrange
        var repository = new RuleRepository();

        // Act
        repository.Load(x => x.NestedTypes().From(typeof(RuleRepositoryTests).Assembly)
            .Where(r => r.IsTagged(Tag) && r.IsTagged("RuleRepositoryTests.Second")));

        // Assert
        Assert.Equal(["RuleRepository.TaggedBeta"], repository.GetRuleSets().SelectMany(s => s.Rules).Select(r => r.Name));
    }

    [Fact]
    public void CompileThreeValued_TypesInTwoRuleSets_CompilesEachSetSeparately()
    {
        // Arrange
        var repository = new RuleRepository();
        repository.Load(x => x.NestedTypes().From(typeof(TaggedAlphaRule)).To("Enrolment"));
        repository.Load(x => x.NestedTypes().From(typeof(TaggedBetaRule)).To("Subsidy"));

        // Act
        var enrolment = repository.CompileThreeValued("Enrolment");
        var session = enrolment.CreateSession(AsOf);
        session.Insert(new Applicant { Name = "Li" });
        session.Fire();

        // Assert
        Assert.Equal(["Enrolment", "Subsidy"], repository.GetRuleSets().Select(s => s.Name));
        Assert.Equal(["RuleRepository.TaggedAlpha"], enrolment.Rules.Select(r => r.Name));
        Assert.Equal(["RuleRepository.TaggedAlpha"], session.Query<Outcome>().Select(o => o.RuleName));
    }

    [Fact]
    public void CompileThreeValued_WithoutSetName_CompilesEveryLoadedRule()
    {
        // Arrange
        var repository = new RuleRepository();
        repository.Load(x => x.NestedTypes().From(typeof(TaggedAlphaRule)).To("Enrolment"));
        repository.Load(x => x.NestedTypes().From(typeof(TaggedBetaRule)).To("Subsidy"));

        // Act
        var factory = repository.CompileThreeValued();

        // Assert
        Assert.Equal(["RuleRepository.TaggedAlpha", "RuleRepository.TaggedBeta"], factory.Rules.Select(r => r.Name));
    }

    [Fact]
    public void Load_WithoutTo_UsesDefaultRuleSetAndKeepsTypeOrder()
    {
        // Arrange
        var repository = new RuleRepository();
        repository.Load(x => x.NestedTypes().From(typeof(TaggedBetaRule), typeof(TaggedAlphaRule)));

        // Act
        var factory = repository.CompileThreeValued();

        // Assert
        Assert.Equal(["default"], repository.GetRuleSets().Select(s => s.Name));
        Assert.Equal(["RuleRepository.TaggedBeta", "RuleRepository.TaggedAlpha"], factory.Rules.Select(r => r.Name));
    }

    [Fact]
    public void CompileThreeValued_UnknownRuleSet_Throws()
    {
        // Arrange
        var repository = new RuleRepository();
        repository.Load(x => x.NestedTypes().From(typeof(TaggedAlphaRule)).To("Enrolment"));

        // Act
        var error = Record.Exception(() => repository.CompileThreeValued("Subsidy"));

        // Assert
        Assert.IsType<InvalidOperationException>(error);
        Assert.Contains("Subsidy", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CompileThreeValued_NothingLoaded_Throws()
    {
        // Arrange
        var repository = new RuleRepository();

        // Act
        var error = Record.Exception(() => repository.CompileThreeValued());

        // Assert
        Assert.IsType<InvalidOperationException>(error);
    }

    [Fact]
    public void CompileThreeValued_AttributesOnRuleClass_BecomeMetadata()
    {
        // Arrange
        var repository = new RuleRepository();
        repository.Load(x => x.NestedTypes().From(typeof(DescribedRule)));

        // Act
        var rules = repository.CompileThreeValued().Rules;

        // Assert
        var rule = Assert.Single(rules);
        Assert.Equal("RuleRepository.Described", rule.Name);
        Assert.Equal("Children of registered residents enrol first.", rule.Metadata.Description);
        Assert.Equal(5, rule.Priority);
        Assert.Equal(new Citation("门政办发〔2017〕26号", "二(三)11"), rule.Citation);
        Assert.Equal("门政办发〔2017〕26号 二(三)11", rule.Citation!.ToString());
        Assert.Equal(["RuleRepositoryTests.Described"], rule.Metadata.Tags);
        Assert.Equal(typeof(DescribedRule), rule.Metadata.RuleType);
    }

    [Fact]
    public void CompileThreeValued_RuleWithoutAttributes_NamedAfterClassWithDefaults()
    {
        // Arrange
        var repository = new RuleRepository();
        repository.Load(x => x.NestedTypes().From(typeof(PlainRule)));

        // Act
        var rules = repository.CompileThreeValued().Rules;

        // Assert
        var rule = Assert.Single(rules);
        Assert.Equal(typeof(PlainRule).FullName, rule.Name);
        Assert.Null(rule.Metadata.Description);
        Assert.Equal(0, rule.Priority);
        Assert.Null(rule.Citation);
        Assert.Empty(rule.Metadata.Tags);
        Assert.Same(EffectivePeriod.Always, rule.Effective);
    }

    [Fact]
    public void CompileThreeValued_SameRuleLoadedTwice_RejectsDuplicateName()
    {
        // Arrange
        var repository = new RuleRepository();
        repository.Load(x => x.NestedTypes().From(typeof(TaggedAlphaRule)));
        repository.Load(x => x.NestedTypes().From(typeof(TaggedAlphaRule)));

        // Act
        var error = Record.Exception(() => repository.CompileThreeValued());

        // Assert
        var loadError = Assert.IsType<RuleLoadException>(error);
        Assert.Equal("RuleRepository.TaggedAlpha", loadError.RuleName);
        Assert.Contains("already has this name", loadError.Message, StringComparison.Ordinal);
        Assert.Equal(2, repository.GetRuleSets().SelectMany(s => s.Rules).Count());
    }

    [Theory]
    [InlineData(typeof(string))]
    [InlineData(typeof(TaggedBaseRule))]
    public void Load_TypeThatIsNotConcreteRule_IsSkipped(Type type)
    {
        // Arrange
        var repository = new RuleRepository();

        // Act
        repository.Load(x => x.NestedTypes().From(type));

        // Assert
        Assert.Empty(repository.GetRuleSets().SelectMany(s => s.Rules));
        Assert.IsType<InvalidOperationException>(Record.Exception(() => repository.CompileThreeValued()));
    }

    [Theory]
    [InlineData(typeof(AliasBoundTwiceRule), "Duplicate declarations. Declaration=applicant")]
    [InlineData(typeof(AliasNotLocalRule), "Invalid pattern alias expression")]
    [InlineData(typeof(NoConditionsRule), "Group element requires at least one child element")]
    [InlineData(typeof(NoActionsRule), "Rule must have at least one match action")]
    public void Load_RuleNRulesCannotBuild_ThrowsNamingRuleTypeAndProblem(Type ruleType, string problem)
    {
        // Arrange
        var repository = new RuleRepository();

        // Act
        var error = Record.Exception(() => repository.Load(x => x.NestedTypes().From(ruleType)));

        // Assert
        var definitionError = Assert.IsType<RuleDefinitionException>(error);
        Assert.Equal(ruleType, definitionError.RuleType);
        Assert.Contains(ruleType.Name, definitionError.Message, StringComparison.Ordinal);
        Assert.Contains(problem, definitionError.InnerException!.Message, StringComparison.Ordinal);
        Assert.Empty(repository.GetRuleSets().SelectMany(s => s.Rules));
    }

    [Theory]
    [InlineData(typeof(AliasUsedBeforeBoundRule), "RuleRepository.AliasUsedBeforeBound", "'household' is used before the pattern that binds it")]
    [InlineData(typeof(QueryAggregatingTwiceRule), "RuleRepository.QueryAggregatingTwice", "a query over another query")]
    public void CompileThreeValued_RuleDefinitionError_ThrowsNamingRuleAndProblem(Type ruleType, string ruleName, string problem)
    {
        // Arrange
        var repository = new RuleRepository();
        repository.Load(x => x.NestedTypes().From(ruleType));

        // Act
        var error = Record.Exception(() => repository.CompileThreeValued());

        // Assert
        var loadError = Assert.IsType<RuleLoadException>(error);
        Assert.Equal(ruleName, loadError.RuleName);
        Assert.Contains(ruleName, loadError.Message, StringComparison.Ordinal);
        Assert.Contains(problem, loadError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RuleWithoutParameterlessConstructor_ThrowsActivationErrorNamingRuleType()
    {
        // Arrange
        var repository = new RuleRepository();

        // Act
        var error = Record.Exception(() => repository.Load(x => x.NestedTypes().From(typeof(NoParameterlessConstructorRule))));

        // Assert
        var activationError = Assert.IsType<RuleActivationException>(error);
        Assert.Equal(typeof(NoParameterlessConstructorRule), activationError.RuleType);
        Assert.IsType<MissingMethodException>(activationError.InnerException);
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

    [Name("RuleRepository.QueryAggregatingTwice")]
    public sealed class QueryAggregatingTwiceRule : Rule
    {
        public override void Define()
        {
            var count = 0;

            When()
                .Query(() => count, q => q.Match<Applicant>().Collect().Select(c => c.Count()).Collect().Select(c => c.Count()));
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
