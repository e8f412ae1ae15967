using NRules.Fluent;
using NRules.Fluent.Dsl;
using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Engine.Tests.IntegrationTests;

/// <summary>Facts derived by one rule feeding the next: a chain of three rules from a person to a ballot.</summary>
public class ForwardChainingTests
{
    private static readonly DateOnly AsOf = new(2017, 5, 1);

    [Fact]
    public void Fire_ChainOfThree_DerivesEveryLink()
    {
        // Arrange
        var session = CreateSession(typeof(AdultRule), typeof(VoterRule), typeof(BallotRule));
        var person = new Person { Name = "Li", Age = 30 };
        session.Insert(person);
        session.Insert(new Registration { Name = "Li" });

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(3, fired);
        var adult = Assert.Single(session.Query<Adult>());
        var voter = Assert.Single(session.Query<Voter>());
        var ballot = Assert.Single(session.Query<Ballot>());
        Assert.Same(person, adult.Person);
        Assert.Same(adult, voter.Adult);
        Assert.Same(voter, ballot.Voter);
    }

    [Fact]
    public void Fire_RulesLoadedInReverseOrder_StillDerivesEveryLink()
    {
        // Arrange
        var session = CreateSession(typeof(BallotRule), typeof(VoterRule), typeof(AdultRule));
        session.Insert(new Person { Name = "Li", Age = 30 });
        session.Insert(new Registration { Name = "Li" });

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(3, fired);
        Assert.Single(session.Query<Ballot>());
    }

    [Theory]
    [InlineData(17, 0)]
    [InlineData(18, 3)]
    public void Fire_FirstLinkAroundThreshold_DerivesDownstreamOnlyWhenItHolds(int age, int expectedFired)
    {
        // Arrange
        var session = CreateSession(typeof(AdultRule), typeof(VoterRule), typeof(BallotRule));
        session.Insert(new Person { Name = "Li", Age = age });
        session.Insert(new Registration { Name = "Li" });

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(expectedFired, fired);
        Assert.Equal(expectedFired == 3, session.Query<Ballot>().Any());
    }

    [Fact]
    public void Fire_DerivedFactWithoutGivenFactToJoin_StopsChainThere()
    {
        // Arrange
        var session = CreateSession(typeof(AdultRule), typeof(VoterRule), typeof(BallotRule));
        session.Insert(new Person { Name = "Li", Age = 30 });
        session.Insert(new Registration { Name = "Wang" });

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(1, fired);
        Assert.Single(session.Query<Adult>());
        Assert.Empty(session.Query<Voter>());
        Assert.Empty(session.Query<Ballot>());
    }

    [Fact]
    public void Fire_GivenFactInsertedAfterFirstFire_CompletesChain()
    {
        // Arrange
        var session = CreateSession(typeof(AdultRule), typeof(VoterRule), typeof(BallotRule));
        session.Insert(new Person { Name = "Li", Age = 30 });
        session.Fire();

        // Act
        session.Insert(new Registration { Name = "Li" });
        var fired = session.Fire();

        // Assert
        Assert.Equal(2, fired);
        Assert.Single(session.Query<Ballot>());
    }

    [Fact]
    public void Fire_TwoPeople_ChainsRunIndependently()
    {
        // Arrange
        var session = CreateSession(typeof(AdultRule), typeof(VoterRule), typeof(BallotRule));
        session.InsertAll(
        [
            new Person { Name = "Li", Age = 30 },
            new Person { Name = "Xiao", Age = 12 },
            new Person { Name = "Wang", Age = 40 },
            new Registration { Name = "Li" },
            new Registration { Name = "Xiao" },
        ]);

        // Act
        session.Fire();

        // Assert
        Assert.Equal(["Li", "Wang"], session.Query<Adult>().Select(a => a.Person.Name).Order(StringComparer.Ordinal));
        Assert.Equal("Li", Assert.Single(session.Query<Ballot>()).Voter.Adult.Person.Name);
    }

    [Fact]
    public void Fire_DoActionInsertingDerivedFact_FeedsNextRule()
    {
        // Arrange
        var session = CreateSession(typeof(InsertingAdultRule), typeof(VoterRule), typeof(BallotRule));
        session.Insert(new Person { Name = "Li", Age = 30 });
        session.Insert(new Registration { Name = "Li" });

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(3, fired);
        Assert.Single(session.Query<Ballot>());
    }

    [Fact]
    public void Determine_GoalWhoseFirstLinkReadsUnknownInput_IsUnknownAndNamesThatInput()
    {
        // Arrange
        var session = CreateSession(typeof(AdultRule), typeof(VoterRule), typeof(BallotRule));
        session.Insert(new Person { Name = "Li" });
        session.Insert(new Registration { Name = "Li" });
        session.Fire();

        // Act
        var determination = session.Determine<Ballot>();

        // Assert
        Assert.Equal(Truth.Unknown, determination.Truth);
        Assert.Equal(["person.age"], determination.MissingVariableIds);
        Assert.Empty(session.Query<Ballot>());
        Assert.Single(determination.PossibleFacts);
    }

    [Theory]
    [InlineData(17, Truth.False)]
    [InlineData(18, Truth.True)]
    public void Determine_GoalAfterUnknownInputAnswered_IsDetermined(int age, Truth expected)
    {
        // Arrange
        var session = CreateSession(typeof(AdultRule), typeof(VoterRule), typeof(BallotRule));
        var person = new Person { Name = "Li" };
        session.Insert(person);
        session.Insert(new Registration { Name = "Li" });
        session.Fire();

        // Act
        person.Age = age;
        session.Update(person);
        session.Fire();

        // Assert
        var determination = session.Determine<Ballot>();
        Assert.Equal(expected, determination.Truth);
        Assert.Empty(determination.Missing);
        Assert.Empty(determination.PossibleFacts);
    }

    [Fact]
    public void Determine_GoalWithUnknownInputsOnTwoLinks_NamesBoth()
    {
        // Arrange
        var session = CreateSession(typeof(AdultRule), typeof(VoterRule), typeof(BallotRule));
        session.Insert(new Person { Name = "Li" });
        session.Insert(new Registration { Name = "Li", IsConfirmed = Input<bool>.Unknown });
        session.Fire();

        // Act
        var determination = session.Determine<Ballot>();

        // Assert
        Assert.Equal(Truth.Unknown, determination.Truth);
        Assert.Equal(["person.age", "registration.isConfirmed"], determination.MissingVariableIds.Order(StringComparer.Ordinal));
    }

    private static ISession CreateSession(params Type[] rules)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.NestedTypes().From(rules));
        return repository.CompileThreeValued().CreateSession(AsOf);
    }

    public sealed class Person
    {
        public string Name { get; set; } = "";

        public Input<int> Age { get; set; }
    }

    public sealed class Registration
    {
        public string Name { get; set; } = "";

        public Input<bool> IsConfirmed { get; set; } = true;
    }

    public sealed record Adult(Person Person);

    public sealed record Voter(Adult Adult, Registration Registration);

    public sealed record Ballot(Voter Voter);

    [Name("ForwardChaining.Adult")]
    public sealed class AdultRule : Rule
    {
        public override void Define()
        {
            Person person = default!;

            When()
                .Match(() => person, p => p.Age.Value >= 18);
            Then()
                .Yield(ctx => new Adult(person));
        }
    }

    [Name("ForwardChaining.InsertingAdult")]
    public sealed class InsertingAdultRule : Rule
    {
        public override void Define()
        {
            Person person = default!;

            When()
                .Match(() => person, p => p.Age.Value >= 18);
            Then()
                .Do(ctx => ctx.Insert(new Adult(person)));
        }
    }

    [Name("ForwardChaining.Voter")]
    public sealed class VoterRule : Rule
    {
        public override void Define()
        {
            Adult adult = default!;
            Registration registration = default!;

            When()
                .Match(() => adult)
                .Match(() => registration, r => r.Name == adult.Person.Name, r => r.IsConfirmed.Value);
            Then()
                .Yield(ctx => new Voter(adult, registration));
        }
    }

    [Name("ForwardChaining.Ballot")]
    public sealed class BallotRule : Rule
    {
        public override void Define()
        {
            Voter voter = default!;

            When()
                .Match(() => voter);
            Then()
                .Yield(ctx => new Ballot(voter));
        }
    }
}
