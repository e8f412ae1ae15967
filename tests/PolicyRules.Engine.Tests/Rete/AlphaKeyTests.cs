using System.Linq.Expressions;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using PolicyRules.Engine.Evaluation;
using PolicyRules.Engine.Rete;

namespace PolicyRules.Engine.Tests.Rete;

/// <summary>
/// Alpha keys, and the sharing they give: identical single-fact conditions on the same type share
/// one alpha node (and memory); different constants, types or opaque captured objects do not.
/// </summary>
public class AlphaKeyTests
{
    private static readonly Household SharedHousehold = new();

    [Fact]
    public void Of_SameConditionWithDifferentParameterNames_SameKey()
    {
        // Arrange
        Expression<Func<Person, bool>> first = p => p.Age.Value >= 18;
        Expression<Func<Person, bool>> second = person => person.Age.Value >= 18;

        // Act
        var firstKey = AlphaKey.Of(first);
        var secondKey = AlphaKey.Of(second);

        // Assert
        Assert.Equal(firstKey, secondKey);
    }

    [Fact]
    public void Of_DifferentConstants_DifferentKeys()
    {
        // Arrange
        Expression<Func<Person, bool>> adult = p => p.Age.Value >= 18;
        Expression<Func<Person, bool>> senior = p => p.Age.Value >= 65;

        // Act
        var adultKey = AlphaKey.Of(adult);
        var seniorKey = AlphaKey.Of(senior);

        // Assert
        Assert.NotEqual(adultKey, seniorKey);
    }

    [Fact]
    public void Of_SameBodyOnDifferentFactTypes_DifferentKeys()
    {
        // Arrange
        Expression<Func<Person, bool>> person = p => p.Age.Value >= 18;
        Expression<Func<Pet, bool>> pet = p => p.Age.Value >= 18;

        // Act
        var personKey = AlphaKey.Of(person);
        var petKey = AlphaKey.Of(pet);

        // Assert
        Assert.NotEqual(personKey, petKey);
    }

    [Fact]
    public void Of_EqualValueConstantsOfTextualTypes_SameKey()
    {
        // Arrange
        var name = Expression.Parameter(typeof(Person), "p");
        var first = Expression.Lambda<Func<Person, bool>>(
            Expression.Equal(Expression.Property(name, nameof(Person.Name)), Expression.Constant("Li")), name);
        var second = Expression.Lambda<Func<Person, bool>>(
            Expression.Equal(Expression.Property(name, nameof(Person.Name)), Expression.Constant("Li")), name);

        // Act
        var firstKey = AlphaKey.Of(first);
        var secondKey = AlphaKey.Of(second);

        // Assert
        Assert.Equal(firstKey, secondKey);
    }

    [Fact]
    public void Of_OpaqueObjectConstant_UniqueKeyEachTime()
    {
        // Arrange
        var person = Expression.Parameter(typeof(Person), "p");
        var condition = Expression.Lambda<Func<Person, bool>>(
            Expression.Equal(Expression.Property(person, nameof(Person.Household)), Expression.Constant(SharedHousehold)), person);

        // Act
        var firstKey = AlphaKey.Of(condition);
        var secondKey = AlphaKey.Of(condition);

        // Assert
        Assert.NotEqual(firstKey, secondKey);
    }

    [Fact]
    public void Build_IdenticalConditionsInTwoRules_ShareOneAlphaNodeAndMemory()
    {
        // Arrange
        var rules = Load(typeof(AdultRule), typeof(AdultTwinRule));

        // Act
        var network = ReteBuilder.Build(rules);

        // Assert
        var typeNode = Assert.Single(network.TypeNodesFor(typeof(Person)));
        Assert.Single(typeNode.Children);
        Assert.Equal(1, network.AlphaMemoryCount);
    }

    [Fact]
    public void Build_ConditionWithCapturedLocalEqualToLiteral_SharesNode()
    {
        // Arrange
        var rules = Load(typeof(AdultRule), typeof(AdultByLocalRule));

        // Act
        var network = ReteBuilder.Build(rules);

        // Assert
        Assert.Single(Assert.Single(network.TypeNodesFor(typeof(Person))).Children);
    }

    [Fact]
    public void Build_DifferentConstants_SeparateNodes()
    {
        // Arrange
        var rules = Load(typeof(AdultRule), typeof(SeniorRule));

        // Act
        var network = ReteBuilder.Build(rules);

        // Assert
        Assert.Equal(2, Assert.Single(network.TypeNodesFor(typeof(Person))).Children.Count);
        Assert.Equal(2, network.AlphaMemoryCount);
    }

    [Fact]
    public void Build_CommonFirstConditionThenDifferentOnes_SharesPrefixOnly()
    {
        // Arrange
        var rules = Load(typeof(AdultResidentRule), typeof(AdultStudentRule));

        // Act
        var network = ReteBuilder.Build(rules);

        // Assert
        var adult = Assert.Single(Assert.Single(network.TypeNodesFor(typeof(Person))).Children);
        Assert.Equal(2, adult.Children.Count);
        Assert.Equal(2, network.AlphaMemoryCount);
    }

    [Fact]
    public void Build_ConditionOnOpaqueCapturedObject_NotShared()
    {
        // Arrange
        var rules = Load(typeof(SharedHouseholdRule), typeof(SharedHouseholdTwinRule));

        // Act
        var network = ReteBuilder.Build(rules);

        // Assert
        Assert.Equal(2, Assert.Single(network.TypeNodesFor(typeof(Person))).Children.Count);
    }

    [Fact]
    public void Build_PatternsWithoutConditions_ShareTypeNodeMemory()
    {
        // Arrange
        var rules = Load(typeof(AnyPersonRule), typeof(AnyPersonTwinRule));

        // Act
        var network = ReteBuilder.Build(rules);

        // Assert
        var typeNode = Assert.Single(network.TypeNodesFor(typeof(Person)));
        Assert.Empty(typeNode.Children);
        Assert.NotNull(typeNode.Memory);
        Assert.Equal(1, network.AlphaMemoryCount);
    }

    [Fact]
    public void Fire_RulesSharingAlphaNode_BothFire()
    {
        // Arrange
        var repository = new RuleRepository();
        repository.Load(x => x.NestedTypes().From(typeof(AdultRule), typeof(AdultTwinRule)));
        var session = repository.CompileThreeValued().CreateSession(new DateOnly(2017, 5, 1));
        session.Insert(new Person { Age = 30 });

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(2, fired);
        Assert.Equal(["AlphaKey.Adult", "AlphaKey.AdultTwin"], session.Query<Marker>().Select(m => m.Rule).Order(StringComparer.Ordinal));
    }

    private static IReadOnlyList<PolicyRules.Engine.RuleModel.CompiledRule> Load(params Type[] rules)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.NestedTypes().From(rules));
        return repository.CompileThreeValued().Rules;
    }

    public sealed class Household;

    public sealed class Person
    {
        public string Name { get; set; } = "";

        public Input<int> Age { get; set; }

        public Input<bool> IsResident { get; set; }

        public bool IsStudent { get; set; }

        public Household? Household { get; set; }
    }

    public sealed class Pet
    {
        public Input<int> Age { get; set; }
    }

    public sealed record Marker(string Rule);

    [Name("AlphaKey.Adult")]
    public sealed class AdultRule : Rule
    {
        public override void Define()
        {
            Person person = default!;

            When()
                .Match(() => person, p => p.Age.Value >= 18);
            Then()
                .Yield(ctx => new Marker(ctx.Rule.Name));
        }
    }

    [Name("AlphaKey.AdultTwin")]
    public sealed class AdultTwinRule : Rule
    {
        public override void Define()
        {
            Person adult = default!;

            When()
                .Match(() => adult, a => a.Age.Value >= 18);
            Then()
                .Yield(ctx => new Marker(ctx.Rule.Name));
        }
    }

    [Name("AlphaKey.AdultByLocal")]
    public sealed class AdultByLocalRule : Rule
    {
        public override void Define()
        {
            Person person = default!;
            var majority = 18;

            When()
                .Match(() => person, p => p.Age.Value >= majority);
            Then()
                .Yield(ctx => new Marker(ctx.Rule.Name));
        }
    }

    [Name("AlphaKey.Senior")]
    public sealed class SeniorRule : Rule
    {
        public override void Define()
        {
            Person person = default!;

            When()
                .Match(() => person, p => p.Age.Value >= 65);
            Then()
                .Yield(ctx => new Marker(ctx.Rule.Name));
        }
    }

    [Name("AlphaKey.AdultResident")]
    public sealed class AdultResidentRule : Rule
    {
        public override void Define()
        {
            Person person = default!;

            When()
                .Match(() => person, p => p.Age.Value >= 18, p => p.IsResident.Value);
            Then()
                .Yield(ctx => new Marker(ctx.Rule.Name));
        }
    }

    [Name("AlphaKey.AdultStudent")]
    public sealed class AdultStudentRule : Rule
    {
        public override void Define()
        {
            Person person = default!;

            When()
                .Match(() => person, p => p.Age.Value >= 18, p => p.IsStudent);
            Then()
                .Yield(ctx => new Marker(ctx.Rule.Name));
        }
    }

    [Name("AlphaKey.SharedHousehold")]
    public sealed class SharedHouseholdRule : Rule
    {
        public override void Define()
        {
            Person person = default!;

            When()
                .Match(() => person, p => p.Household == SharedHousehold);
            Then()
                .Yield(ctx => new Marker(ctx.Rule.Name));
        }
    }

    [Name("AlphaKey.SharedHouseholdTwin")]
    public sealed class SharedHouseholdTwinRule : Rule
    {
        public override void Define()
        {
            Person person = default!;

            When()
                .Match(() => person, p => p.Household == SharedHousehold);
            Then()
                .Yield(ctx => new Marker(ctx.Rule.Name));
        }
    }

    [Name("AlphaKey.AnyPerson")]
    public sealed class AnyPersonRule : Rule
    {
        public override void Define()
        {
            Person person = default!;

            When()
                .Match(() => person);
            Then()
                .Yield(ctx => new Marker(ctx.Rule.Name));
        }
    }

    [Name("AlphaKey.AnyPersonTwin")]
    public sealed class AnyPersonTwinRule : Rule
    {
        public override void Define()
        {
            Person person = default!;

            When()
                .Match(() => person);
            Then()
                .Yield(ctx => new Marker(ctx.Rule.Name));
        }
    }
}
