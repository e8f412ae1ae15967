using NRules.Fluent;
using NRules.Fluent.Dsl;
using PolicyRules.Engine.Evaluation;
using PolicyRules.Engine.Rete;

namespace PolicyRules.Engine.Tests.Rete;

/// <summary>
/// The beta nodes seen from inside: which partial matches each node holds in the session's memory
/// after facts arrive, change and leave, and with what degree.
/// </summary>
public class BetaNodeTests
{
    private static readonly DateOnly AsOf = new(2017, 5, 1);

    [Fact]
    public void JoinNode_FactsOnBothSides_HoldsOneTokenPerJoiningPair()
    {
        // Arrange
        var (session, rule) = Build<ParentChildRule>();
        var parent = new Person("p");

        // Act
        session.Insert(parent);
        session.Insert(new Child(parent));
        session.Insert(new Child(parent));
        session.Insert(new Child(new Person("other")));

        // Assert
        Assert.Single(Tokens(session, rule.Elements[0]));
        Assert.Equal(2, Tokens(session, rule.Elements[1]).Count);
    }

    [Fact]
    public void JoinNode_RightFactRetracted_ItsTokensAndActivationLeave()
    {
        // Arrange
        var (session, rule) = Build<ParentChildRule>();
        var parent = new Person("p");
        var child = new Child(parent);
        session.Insert(parent);
        session.Insert(child);

        // Act
        session.Retract(child);

        // Assert
        Assert.Empty(Tokens(session, rule.Elements[1]));
        Assert.Equal(0, session.Agenda.Count);
    }

    [Fact]
    public void JoinNode_LeftFactRetracted_DescendantTokensLeave()
    {
        // Arrange
        var (session, rule) = Build<ParentChildRule>();
        var parent = new Person("p");
        session.Insert(parent);
        session.Insert(new Child(parent));

        // Act
        session.Retract(parent);

        // Assert
        Assert.Empty(Tokens(session, rule.Elements[0]));
        Assert.Empty(Tokens(session, rule.Elements[1]));
    }

    [Fact]
    public void NegativeNode_Not_PassesUntilAMatchArrivesAndAgainWhenItLeaves()
    {
        // Arrange
        var (session, rule) = Build<ChildlessRule>();
        var parent = new Person("p");
        session.Insert(parent);
        var notNode = rule.Elements[1];
        Assert.Single(Tokens(session, notNode));

        // Act / Assert
        var child = new Child(parent);
        session.Insert(child);
        Assert.Empty(Tokens(session, notNode));
        session.Retract(child);
        Assert.Single(Tokens(session, notNode));
    }

    [Fact]
    public void NegativeNode_Not_PossibleMatchMakesTheTokenUnknown()
    {
        // Arrange
        var (session, rule) = Build<NoAdultChildRule>();
        var parent = new Person("p");
        session.Insert(parent);
        var child = new Child(parent);

        // Act
        session.Insert(child);
        var token = Assert.Single(Tokens(session, rule.Elements[1]));

        // Assert
        Assert.Equal(Truth.Unknown, token.Degree);
        Assert.Equal("child.adult", Assert.Single(token.Unknowns!.Items).VariableId);
    }

    [Fact]
    public void NegativeNode_Not_TokenAtTheRootWhenTheRuleStartsWithNot()
    {
        // Arrange / Act
        var (session, rule) = Build<NobodyRule>();

        // Assert: a rule that starts with Not holds in an empty session
        Assert.Single(Tokens(session, rule.Elements[0]));
        Assert.Equal(1, session.Agenda.Count);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    public void AggregateNode_Count_PassesOnlyAtTheThreshold(int children, bool passes)
    {
        // Arrange
        var (session, rule) = Build<LargeFamilyRule>();
        var parent = new Person("p");
        session.Insert(parent);

        // Act
        for (var i = 0; i < children; i++)
        {
            session.Insert(new Child(parent) { Adult = false });
        }

        // Assert
        var tokens = Tokens(session, rule.Elements[1]);
        Assert.Equal(passes ? 1 : 0, tokens.Count);
        if (passes)
        {
            Assert.Equal(children, tokens[0].Value);
        }
    }

    [Fact]
    public void AggregateNode_Count_ReplacesItsTokenWhenTheCountChanges()
    {
        // Arrange
        var (session, rule) = Build<LargeFamilyRule>();
        var parent = new Person("p");
        session.Insert(parent);
        session.Insert(new Child(parent));
        session.Insert(new Child(parent));
        var before = Assert.Single(Tokens(session, rule.Elements[1]));

        // Act
        session.Insert(new Child(parent));
        var after = Assert.Single(Tokens(session, rule.Elements[1]));

        // Assert
        Assert.NotSame(before, after);
        Assert.Equal(3, after.Value);
    }

    private static (Session Session, RuleNode Rule) Build<TRule>()
        where TRule : Rule
    {
        var repository = new RuleRepository();
        repository.Load(x => x.NestedTypes().From(typeof(TRule)));
        var rules = repository.CompileThreeValued().Rules;
        var network = ReteBuilder.Build(rules);
        return (new Session(network, new RuleSetAnalysis(rules), AsOf), network.Rules[0]);
    }

    private static List<Token> Tokens(Session session, BetaNode node)
    {
        var tokens = new List<Token>();
        for (var token = session.FirstToken(node.Id); token is not null; token = token.Next)
        {
            tokens.Add(token);
        }

        return tokens;
    }

    public sealed record Person(string Name);

    public sealed class Child(Person parent)
    {
        public Person Parent { get; } = parent;

        public Input<bool> Adult { get; set; }
    }

    public sealed record Marker(string Text);

    [Name("BetaNode.ParentChild")]
    public sealed class ParentChildRule : Rule
    {
        public override void Define()
        {
            Person parent = default!;
            When().Match(() => parent).Match<Child>(c => c.Parent == parent);
            Then().Yield(_ => new Marker("parent"));
        }
    }

    [Name("BetaNode.Childless")]
    public sealed class ChildlessRule : Rule
    {
        public override void Define()
        {
            Person parent = default!;
            When().Match(() => parent).Not<Child>(c => c.Parent == parent);
            Then().Yield(_ => new Marker("childless"));
        }
    }

    [Name("BetaNode.NoAdultChild")]
    public sealed class NoAdultChildRule : Rule
    {
        public override void Define()
        {
            Person parent = default!;
            When().Match(() => parent).Not<Child>(c => c.Parent == parent, c => c.Adult.Value);
            Then().Yield(_ => new Marker("no adult child"));
        }
    }

    [Name("BetaNode.Nobody")]
    public sealed class NobodyRule : Rule
    {
        public override void Define()
        {
            When().Not<Person>();
            Then().Yield(_ => new Marker("nobody"));
        }
    }

    [Name("BetaNode.LargeFamily")]
    public sealed class LargeFamilyRule : Rule
    {
        public override void Define()
        {
            Person parent = default!;
            int children = default;
            When()
                .Match(() => parent)
                .Query(() => children, q => q.Match<Child>(c => c.Parent == parent).Collect().Select(c => c.Count()).Where(n => n >= 2));
            Then().Yield(_ => new Marker("large family"));
        }
    }
}
