using System.Reflection;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Engine.Tests.IntegrationTests;

/// <summary>
/// What the compiler accepts from NRules' rule model: the NRules constructs the three-valued engine
/// refuses at <c>CompileThreeValued()</c> (naming the rule and the construct), the ones it accepts
/// (nested And groups, Having, a Yield whose update repeats its insert, a query without aggregate),
/// stable names for anonymous patterns, and the NRules version the compiler was written against.
/// </summary>
public class RuleLoadTests
{
    private static readonly DateOnly AsOf = new(2017, 5, 1);

    [Theory]
    [InlineData(typeof(OrRule), "RuleLoad.Or", "Or()")]
    [InlineData(typeof(ForAllRule), "RuleLoad.ForAll", "All() (a ForAll element)")]
    [InlineData(typeof(LetRule), "RuleLoad.Let", "Let() (a binding element)")]
    [InlineData(typeof(GroupByRule), "RuleLoad.GroupBy", "GroupBy()")]
    [InlineData(typeof(ProjectionRule), "RuleLoad.Projection", "Select() over single facts (a projection)")]
    [InlineData(typeof(SelectManyRule), "RuleLoad.SelectMany", "SelectMany()")]
    [InlineData(typeof(OrderByRule), "RuleLoad.OrderBy", "OrderBy() on a collection")]
    [InlineData(typeof(ToLookupRule), "RuleLoad.ToLookup", "ToLookup() on a collection")]
    [InlineData(typeof(WhereBetweenCollectAndSelectRule), "RuleLoad.WhereBetweenCollectAndSelect", "Where() between Collect() and Select()")]
    [InlineData(typeof(DependencyRule), "RuleLoad.Dependency", "Dependency() (services injected into actions)")]
    [InlineData(typeof(FilterRule), "RuleLoad.Filter", "Filter() (agenda filters)")]
    [InlineData(typeof(UndoRule), "RuleLoad.Undo", "Undo()")]
    [InlineData(typeof(NonRepeatableRule), "RuleLoad.NonRepeatable", "[Repeatability(NonRepeatable)]")]
    [InlineData(typeof(HaltRule), "RuleLoad.Halt", "IContext.Halt in an action")]
    [InlineData(typeof(GetLinkedRule), "RuleLoad.GetLinked", "IContext.GetLinked in an action")]
    [InlineData(typeof(YieldWithOtherUpdateRule), "RuleLoad.YieldWithOtherUpdate", "Yield with a separate update expression (the engine re-derives a yielded fact instead of updating it) is not supported")]
    [InlineData(typeof(ResolveRule), "RuleLoad.Resolve", "IContext.Resolve in an action")]
    [InlineData(typeof(CapturedNullRule), "RuleLoad.CapturedNull", "could not be read")]
    public void CompileThreeValued_UnsupportedConstruct_ThrowsNamingRuleAndConstruct(Type ruleType, string ruleName, string construct)
    {
        // Arrange
        var repository = Load(ruleType);

        // Act
        var error = Record.Exception(() => repository.CompileThreeValued());

        // Assert
        var loadError = Assert.IsType<RuleLoadException>(error);
        Assert.Equal(ruleName, loadError.RuleName);
        Assert.Contains($"Rule '{ruleName}'", loadError.Message, StringComparison.Ordinal);
        Assert.Contains(construct, loadError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CompileThreeValued_AliasUsedInNotBeforeItsPattern_ThrowsNamingRuleAndAlias()
    {
        // Arrange
        var repository = Load(typeof(AliasUsedBeforeBoundRule));

        // Act
        var error = Record.Exception(() => repository.CompileThreeValued());

        // Assert
        var loadError = Assert.IsType<RuleLoadException>(error);
        Assert.Equal("RuleLoad.AliasUsedBeforeBound", loadError.RuleName);
        Assert.Contains("'child' is used before the pattern that binds it", loadError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CompileThreeValued_TwoRuleClassesWithSameName_ThrowsNamingTheName()
    {
        // Arrange
        var repository = Load(typeof(DuplicateNameRule), typeof(DuplicateNameTwinRule));

        // Act
        var error = Record.Exception(() => repository.CompileThreeValued());

        // Assert
        var loadError = Assert.IsType<RuleLoadException>(error);
        Assert.Equal("RuleLoad.Duplicate", loadError.RuleName);
        Assert.Contains("Rule 'RuleLoad.Duplicate': another rule already has this name", loadError.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(7, Truth.True)]
    [InlineData(5, Truth.False)]
    [InlineData(null, Truth.Unknown)]
    public void Determine_NestedAndGroup_SameAsInlineElements(int? age, Truth expected)
    {
        // Arrange
        var session = CreateSession(typeof(GroupedEnrolmentRule), typeof(InlineEnrolmentRule));
        session.Insert(new Family { Id = 1 });
        session.Insert(new Child { Name = "Li", FamilyId = 1, Age = age is { } known ? known : Input<int>.Unknown });
        session.Fire();

        // Act
        var grouped = session.Determine<GroupedEnrolment>();
        var inline = session.Determine<InlineEnrolment>();

        // Assert
        Assert.Equal(expected, grouped.Truth);
        Assert.Equal(expected, inline.Truth);
        Assert.Equal(inline.MissingVariableIds, grouped.MissingVariableIds);
    }

    [Fact]
    public void Fire_NestedAndGroup_ActionReadsAliasBoundInsideTheGroup()
    {
        // Arrange
        var session = CreateSession(typeof(GroupedEnrolmentRule));
        var child = new Child { Name = "Li", FamilyId = 1, Age = 7 };
        session.Insert(new Family { Id = 1 });
        session.Insert(new Child { Name = "Wang", FamilyId = 2, Age = 7 });
        session.Insert(child);

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(1, fired);
        Assert.Same(child, Assert.Single(session.Query<GroupedEnrolment>()).Child);
    }

    [Theory]
    [InlineData(7, Truth.True)]
    [InlineData(5, Truth.False)]
    [InlineData(null, Truth.Unknown)]
    public void Determine_HavingConditions_HoldOnTheLastPattern(int? age, Truth expected)
    {
        // Arrange
        var session = CreateSession(typeof(HavingRule));
        session.Insert(new Family { Id = 1 });
        session.Insert(new Child { Name = "Li", FamilyId = 1, Age = age is { } known ? known : Input<int>.Unknown });
        session.Insert(new Child { Name = "Wang", FamilyId = 2, Age = 7 });
        session.Fire();

        // Act
        var determination = session.Determine<Marker>();

        // Assert
        Assert.Equal(expected, determination.Truth);
        Assert.Equal(expected == Truth.Unknown ? ["child.age"] : [], determination.MissingVariableIds);
    }

    [Fact]
    public void Fire_YieldWithUpdateRepeatingInsert_IsAcceptedAndYields()
    {
        // Arrange
        var session = CreateSession(typeof(YieldWithSameUpdateRule));
        var child = new Child { Name = "Li", Age = 7 };
        session.Insert(child);

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(1, fired);
        Assert.Equal("Li", Assert.Single(session.Query<Marker>()).Text);
    }

    [Fact]
    public void Fire_QueryWithoutAggregate_MatchesLikeMatch()
    {
        // Arrange
        var session = CreateSession(typeof(QueryWithoutAggregateRule));
        session.Insert(new Child { Name = "Li", Age = 7 });
        session.Insert(new Child { Name = "Wang", Age = 5 });

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(1, fired);
        Assert.Equal("Li", Assert.Single(session.Query<Marker>()).Text);
    }

    [Fact]
    public void ExplainAbsence_AnonymousPatternLoadedTwice_SameConditionText()
    {
        // Arrange
        var first = CreateSession(typeof(AnonymousPatternRule));
        var second = CreateSession(typeof(AnonymousPatternRule));
        first.Insert(new Child { Name = "Li", Age = 5 });
        second.Insert(new Child { Name = "Li", Age = 5 });

        // Act
        var firstCondition = Assert.Single(Assert.Single(first.ExplainAbsence<Marker>()).FailedConditions);
        var secondCondition = Assert.Single(Assert.Single(second.ExplainAbsence<Marker>()).FailedConditions);

        // Assert
        Assert.Equal(firstCondition.Expression, secondCondition.Expression);
        Assert.DoesNotContain("$var", firstCondition.Expression, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(typeof(IRuleDefinition))]
    [InlineData(typeof(RuleRepository))]
    public void NRulesAssembly_Referenced_IsExactlyVersion104(Type nrulesType)
    {
        // Arrange
        var assembly = nrulesType.Assembly;

        // Act
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";
        var file = assembly.GetCustomAttribute<AssemblyFileVersionAttribute>()?.Version;

        // Assert
        const string why = "The three-valued compiler reads details of NRules' rule model that are not part of its contract " +
            "(how Fluent lowers Yield into GetLinked/InsertLinked/UpdateLinked, how it names anonymous declarations, " +
            "aggregate and expression names): re-check Compilation/*.cs against the new NRules before a version bump.";
        Assert.True(informational.Split('+')[0] == "1.0.4", $"{assembly.GetName().Name} is {informational}, not 1.0.4. {why}");
        Assert.True(file == "1.0.4.0", $"{assembly.GetName().Name} has file version {file}, not 1.0.4.0. {why}");
    }

    private static RuleRepository Load(params Type[] rules)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.NestedTypes().From(rules));
        return repository;
    }

    private static ISession CreateSession(params Type[] rules) => Load(rules).CompileThreeValued().CreateSession(AsOf);

    public interface INotifier
    {
        void Notify(string text);
    }

    public sealed class Child
    {
        public string Name { get; set; } = "";

        public int FamilyId { get; set; }

        public Input<int> Age { get; set; }

        public int Years { get; set; }

        public List<string> Toys { get; } = [];
    }

    public sealed class Family
    {
        public int Id { get; set; }
    }

    public sealed class Sanction
    {
        public string ChildName { get; set; } = "";
    }

    public sealed record Marker(string Text);

    public sealed record GroupedEnrolment(Child Child);

    public sealed record InlineEnrolment(Child Child);

    [Name("RuleLoad.Or")]
    public sealed class OrRule : Rule
    {
        public override void Define()
        {
            When()
                .Or(x => x
                    .Match<Child>(c => c.Years >= 6)
                    .Match<Sanction>());
            Then()
                .Yield(ctx => new Marker("or"));
        }
    }

    [Name("RuleLoad.ForAll")]
    public sealed class ForAllRule : Rule
    {
        public override void Define()
        {
            Family family = default!;

            When()
                .Match(() => family)
                .All<Child>(c => c.FamilyId == family.Id, c => c.Years >= 6);
            Then()
                .Yield(ctx => new Marker("all"));
        }
    }

    [Name("RuleLoad.Let")]
    public sealed class LetRule : Rule
    {
        public override void Define()
        {
            Child child = default!;
            var years = 0;

            When()
                .Match(() => child)
                .Let(() => years, () => child.Years);
            Then()
                .Yield(ctx => new Marker("let " + years));
        }
    }

    [Name("RuleLoad.GroupBy")]
    public sealed class GroupByRule : Rule
    {
        public override void Define()
        {
            IGrouping<int, Child> siblings = default!;

            When()
                .Query(() => siblings, q => q.Match<Child>().GroupBy(c => c.FamilyId));
            Then()
                .Yield(ctx => new Marker("group " + siblings.Key));
        }
    }

    [Name("RuleLoad.Projection")]
    public sealed class ProjectionRule : Rule
    {
        public override void Define()
        {
            var name = "";

            When()
                .Query(() => name, q => q.Match<Child>().Select(c => c.Name));
            Then()
                .Yield(ctx => new Marker(name));
        }
    }

    [Name("RuleLoad.SelectMany")]
    public sealed class SelectManyRule : Rule
    {
        public override void Define()
        {
            var toy = "";

            When()
                .Query(() => toy, q => q.Match<Child>().SelectMany(c => c.Toys));
            Then()
                .Yield(ctx => new Marker(toy));
        }
    }

    [Name("RuleLoad.OrderBy")]
    public sealed class OrderByRule : Rule
    {
        public override void Define()
        {
            IEnumerable<Child> children = [];

            When()
                .Query(() => children, q => q.Match<Child>().Collect().OrderBy(c => c.Years));
            Then()
                .Yield(ctx => new Marker("ordered " + children.Count()));
        }
    }

    [Name("RuleLoad.ToLookup")]
    public sealed class ToLookupRule : Rule
    {
        public override void Define()
        {
            IKeyedLookup<int, Child> byFamily = default!;

            When()
                .Query(() => byFamily, q => q.Match<Child>().Collect().ToLookup(c => c.FamilyId));
            Then()
                .Yield(ctx => new Marker("families " + byFamily.Count));
        }
    }

    [Name("RuleLoad.WhereBetweenCollectAndSelect")]
    public sealed class WhereBetweenCollectAndSelectRule : Rule
    {
        public override void Define()
        {
            var count = 0;

            When()
                .Query(() => count, q => q.Match<Child>().Collect().Where(c => c.Any()).Select(c => c.Count()));
            Then()
                .Yield(ctx => new Marker("count " + count));
        }
    }

    [Name("RuleLoad.Dependency")]
    public sealed class DependencyRule : Rule
    {
        public override void Define()
        {
            INotifier notifier = default!;
            Child child = default!;

            Dependency()
                .Resolve(() => notifier);
            When()
                .Match(() => child);
            Then()
                .Do(ctx => notifier.Notify(child.Name));
        }
    }

    [Name("RuleLoad.Filter")]
    public sealed class FilterRule : Rule
    {
        public override void Define()
        {
            Child child = default!;

            When()
                .Match(() => child);
            Filter()
                .Where(() => child.Years >= 6);
            Then()
                .Yield(ctx => new Marker(child.Name));
        }
    }

    [Name("RuleLoad.Undo")]
    public sealed class UndoRule : Rule
    {
        public override void Define()
        {
            Child child = default!;

            When()
                .Match(() => child);
            Then()
                .Do(ctx => child.Toys.Add("gift"))
                .Undo(ctx => child.Toys.Remove("gift"));
        }
    }

    [Name("RuleLoad.NonRepeatable")]
    [Repeatability(RuleRepeatability.NonRepeatable)]
    public sealed class NonRepeatableRule : Rule
    {
        public override void Define()
        {
            Child child = default!;

            When()
                .Match(() => child);
            Then()
                .Yield(ctx => new Marker(child.Name));
        }
    }

    [Name("RuleLoad.Halt")]
    public sealed class HaltRule : Rule
    {
        public override void Define()
        {
            Child child = default!;

            When()
                .Match(() => child);
            Then()
                .Do(ctx => ctx.Halt());
        }
    }

    [Name("RuleLoad.GetLinked")]
    public sealed class GetLinkedRule : Rule
    {
        public override void Define()
        {
            Child child = default!;

            When()
                .Match(() => child);
            Then()
                .Do(ctx => ctx.TryInsert(ctx.GetLinked("marker") ?? new Marker(child.Name)));
        }
    }

    [Name("RuleLoad.Resolve")]
    public sealed class ResolveRule : Rule
    {
        public override void Define()
        {
            Child child = default!;

            When()
                .Match(() => child);
            Then()
                .Do(ctx => ctx.Resolve<INotifier>().Notify(child.Name));
        }
    }

    /// <summary>Reads a member of a captured object that is null when the rule is compiled.</summary>
    [Name("RuleLoad.CapturedNull")]
    public sealed class CapturedNullRule : Rule
    {
        public override void Define()
        {
            Child child = default!;
            Family? household = null;

            When()
                .Match(() => child, c => c.FamilyId == household!.Id);
            Then()
                .Yield(ctx => new Marker(child.Name));
        }
    }

    [Name("RuleLoad.YieldWithOtherUpdate")]
    public sealed class YieldWithOtherUpdateRule : Rule
    {
        public override void Define()
        {
            Child child = default!;

            When()
                .Match(() => child);
            Then()
                .Yield(ctx => new Marker(child.Name), (ctx, previous) => new Marker(previous.Text + " again"));
        }
    }

    [Name("RuleLoad.YieldWithSameUpdate")]
    public sealed class YieldWithSameUpdateRule : Rule
    {
        public override void Define()
        {
            Child child = default!;

            When()
                .Match(() => child);
            Then()
                .Yield(ctx => new Marker(child.Name), (ctx, previous) => new Marker(child.Name));
        }
    }

    [Name("RuleLoad.AliasUsedBeforeBound")]
    public sealed class AliasUsedBeforeBoundRule : Rule
    {
        public override void Define()
        {
            Child child = default!;

            When()
                .Not<Sanction>(s => s.ChildName == child.Name)
                .Match(() => child);
            Then()
                .Yield(ctx => new Marker(child.Name));
        }
    }

    [Name("RuleLoad.Duplicate")]
    public sealed class DuplicateNameRule : Rule
    {
        public override void Define()
        {
            Child child = default!;

            When()
                .Match(() => child);
            Then()
                .Yield(ctx => new Marker(child.Name));
        }
    }

    [Name("RuleLoad.Duplicate")]
    public sealed class DuplicateNameTwinRule : Rule
    {
        public override void Define()
        {
            Family family = default!;

            When()
                .Match(() => family);
            Then()
                .Yield(ctx => new Marker("family"));
        }
    }

    [Name("RuleLoad.GroupedEnrolment")]
    public sealed class GroupedEnrolmentRule : Rule
    {
        public override void Define()
        {
            Family family = default!;
            Child child = default!;

            When()
                .Match(() => family)
                .And(x => x
                    .Match(() => child, c => c.FamilyId == family.Id, c => c.Age.Value >= 6)
                    .Not<Sanction>(s => s.ChildName == child.Name));
            Then()
                .Yield(ctx => new GroupedEnrolment(child));
        }
    }

    [Name("RuleLoad.InlineEnrolment")]
    public sealed class InlineEnrolmentRule : Rule
    {
        public override void Define()
        {
            Family family = default!;
            Child child = default!;

            When()
                .Match(() => family)
                .Match(() => child, c => c.FamilyId == family.Id, c => c.Age.Value >= 6)
                .Not<Sanction>(s => s.ChildName == child.Name);
            Then()
                .Yield(ctx => new InlineEnrolment(child));
        }
    }

    [Name("RuleLoad.Having")]
    public sealed class HavingRule : Rule
    {
        public override void Define()
        {
            Family family = default!;
            Child child = default!;

            When()
                .Match(() => family)
                .Match(() => child)
                .Having(() => child.FamilyId == family.Id, () => child.Age.Value >= 6);
            Then()
                .Yield(ctx => new Marker(child.Name));
        }
    }

    [Name("RuleLoad.QueryWithoutAggregate")]
    public sealed class QueryWithoutAggregateRule : Rule
    {
        public override void Define()
        {
            Child child = default!;

            When()
                .Query(() => child, q => q.Match<Child>(c => c.Age.Value >= 6));
            Then()
                .Yield(ctx => new Marker(child.Name));
        }
    }

    [Name("RuleLoad.AnonymousPattern")]
    public sealed class AnonymousPatternRule : Rule
    {
        public override void Define()
        {
            When()
                .Match<Child>(c => c.Age.Value >= 6);
            Then()
                .Yield(ctx => new Marker("school age"));
        }
    }
}
