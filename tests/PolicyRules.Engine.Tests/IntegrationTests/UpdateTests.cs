using NRules.Fluent;
using NRules.Fluent.Dsl;
using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Engine.Tests.IntegrationTests;

/// <summary>
/// An answer is an update of one fact. A match that the update leaves as it was keeps its
/// activation: the rule does not fire again and what it derived stays — unless the rule's action
/// reads inside the updated fact, in which case it fires again with the new values.
/// </summary>
public class UpdateTests
{
    private static readonly DateOnly AsOf = new(2017, 5, 1);

    [Fact]
    public void Update_InputTheRuleDoesNotRead_RuleDoesNotFireAgainAndKeepsItsFact()
    {
        // Arrange
        var session = CreateSession();
        var person = new Person { Age = 30, Wage = 1_000m };
        session.Insert(person);
        session.Fire();
        var adult = Assert.Single(session.Query<Adult>());

        // Act
        person.Wage = 1_200m;
        session.Update(person);
        var fired = new List<string>();
        session.RuleFired += r => fired.Add(r.Name);
        session.Fire();

        // Assert
        Assert.DoesNotContain("Update.Adult", fired);
        Assert.Same(adult, Assert.Single(session.Query<Adult>()));
    }

    [Fact]
    public void Update_InputTheActionReads_RuleFiresAgainWithTheNewValue()
    {
        // Arrange
        var session = CreateSession();
        var person = new Person { Age = 30, Wage = 1_000m };
        session.Insert(person);
        session.Fire();

        // Act
        person.Wage = 1_200m;
        session.Update(person);
        session.Fire();

        // Assert
        Assert.Equal(7_200m, Assert.Single(session.Query<Allowance>()).Amount);
    }

    [Fact]
    public void Update_ConditionNoLongerHolds_FactWithdrawnAsBefore()
    {
        // Arrange
        var session = CreateSession();
        var person = new Person { Age = 30, Wage = 1_000m };
        session.Insert(person);
        session.Fire();

        // Act
        person.Age = 17;
        session.Update(person);
        session.Fire();

        // Assert
        Assert.Empty(session.Query<Adult>());
        Assert.Empty(session.Query<Allowance>());
    }

    [Fact]
    public void Update_UnknownInputAnswered_PossibleFactBecomesCertain()
    {
        // Arrange
        var session = CreateSession();
        var person = new Person { Wage = 1_000m };
        session.Insert(person);
        session.Fire();
        Assert.Equal(Truth.Unknown, session.Determine<Adult>().Truth);

        // Act
        person.Age = 18;
        session.Update(person);
        session.Fire();

        // Assert
        Assert.Equal(Truth.True, session.Determine<Adult>().Truth);
        Assert.Single(session.Query<Adult>());
    }

    private static ISession CreateSession()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.NestedTypes().From(typeof(AdultRule), typeof(AllowanceRule)));
        return repository.CompileThreeValued().CreateSession(AsOf);
    }

    public sealed class Person
    {
        public Input<int> Age { get; set; }

        public Input<decimal> Wage { get; set; }
    }

    public sealed record Adult(Person Person);

    public sealed record Allowance(decimal Amount);

    [Name("Update.Adult")]
    public sealed class AdultRule : Rule
    {
        public override void Define()
        {
            Person person = default!;
            When().Match(() => person, p => p.Age.Value >= 18);
            Then().Yield(_ => new Adult(person));
        }
    }

    [Name("Update.Allowance")]
    public sealed class AllowanceRule : Rule
    {
        public override void Define()
        {
            Adult adult = default!;
            When().Match(() => adult, a => a.Person.Wage.Value > 0);
            Then().Yield(_ => new Allowance(adult.Person.Wage.Value * 6));
        }
    }
}
