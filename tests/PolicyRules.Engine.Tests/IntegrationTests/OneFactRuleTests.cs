using NRules.Fluent;
using NRules.Fluent.Dsl;
using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Engine.Tests.IntegrationTests;

/// <summary>Rules with a single pattern: one fact, one or more conditions on it.</summary>
public class OneFactRuleTests
{
    private static readonly DateOnly AsOf = new(2017, 5, 1);

    [Fact]
    public void Fire_OneMatchingFact_FiresOnceAndYieldsFactForIt()
    {
        // Arrange
        var session = CreateSession(typeof(AdultRule));
        var person = new Person { Name = "Li", Age = 30 };
        session.Insert(person);

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(1, fired);
        var adult = Assert.Single(session.Query<Adult>());
        Assert.Same(person, adult.Person);
    }

    [Theory]
    [InlineData(17, 0)]
    [InlineData(18, 1)]
    [InlineData(19, 1)]
    public void Fire_AgeAroundThreshold_FiresFromEighteenOn(int age, int expectedFired)
    {
        // Arrange
        var session = CreateSession(typeof(AdultRule));
        session.Insert(new Person { Name = "Li", Age = age });

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(expectedFired, fired);
        Assert.Equal(expectedFired, session.Query<Adult>().Count());
    }

    [Fact]
    public void Fire_NoFacts_FiresNothing()
    {
        // Arrange
        var session = CreateSession(typeof(AdultRule));

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(0, fired);
        Assert.Empty(session.Query<Adult>());
    }

    [Fact]
    public void Fire_TwoMatchingFacts_FiresOncePerFact()
    {
        // Arrange
        var session = CreateSession(typeof(AdultRule));
        var li = new Person { Name = "Li", Age = 30 };
        var wang = new Person { Name = "Wang", Age = 40 };
        session.InsertAll([li, wang]);

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(2, fired);
        Assert.Equal(["Li", "Wang"], session.Query<Adult>().Select(a => a.Person.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Fire_OneMatchingAndOneNonMatchingFact_FiresOnlyForMatchingFact()
    {
        // Arrange
        var session = CreateSession(typeof(AdultRule));
        var adult = new Person { Name = "Li", Age = 30 };
        session.Insert(adult);
        session.Insert(new Person { Name = "Xiao", Age = 10 });

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(1, fired);
        Assert.Same(adult, Assert.Single(session.Query<Adult>()).Person);
    }

    [Fact]
    public void Fire_CalledAgainWithoutChanges_FiresNothingMore()
    {
        // Arrange
        var session = CreateSession(typeof(AdultRule));
        session.Insert(new Person { Name = "Li", Age = 30 });
        session.Fire();

        // Act
        var firedAgain = session.Fire();

        // Assert
        Assert.Equal(0, firedAgain);
        Assert.Single(session.Query<Adult>());
    }

    [Fact]
    public void Fire_FactRetractedBeforeFire_FiresNothing()
    {
        // Arrange
        var session = CreateSession(typeof(AdultRule));
        var person = new Person { Name = "Li", Age = 30 };
        session.Insert(person);
        session.Retract(person);

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(0, fired);
        Assert.Empty(session.Query<Adult>());
    }

    [Fact]
    public void Fire_FactUpdatedToMatch_Fires()
    {
        // Arrange
        var session = CreateSession(typeof(AdultRule));
        var person = new Person { Name = "Li", Age = 17 };
        session.Insert(person);
        session.Fire();
        person.Age = 18;
        session.Update(person);

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(1, fired);
        Assert.Single(session.Query<Adult>());
    }

    [Fact]
    public void Fire_FactUpdatedToNoLongerMatchBeforeFire_FiresNothing()
    {
        // Arrange
        var session = CreateSession(typeof(AdultRule));
        var person = new Person { Name = "Li", Age = 18 };
        session.Insert(person);
        person.Age = 17;
        session.Update(person);

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(0, fired);
        Assert.Empty(session.Query<Adult>());
    }

    [Theory]
    [InlineData(65, true, 1)]
    [InlineData(64, true, 0)]
    [InlineData(65, false, 0)]
    [InlineData(64, false, 0)]
    public void Fire_SeveralConditionsOnOnePattern_FiresOnlyWhenAllHold(int age, bool resident, int expectedFired)
    {
        // Arrange
        var session = CreateSession(typeof(ResidentSeniorRule));
        session.Insert(new Person { Name = "Li", Age = age, IsResident = resident });

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(expectedFired, fired);
        Assert.Equal(expectedFired, session.Query<ResidentSenior>().Count());
    }

    [Theory]
    [InlineData(59, 0)]
    [InlineData(60, 1)]
    public void Fire_ConditionWithLocalCapturedInDefine_ComparesWithCapturedValue(int age, int expectedFired)
    {
        // Arrange
        var session = CreateSession(typeof(RetirementAgeRule));
        session.Insert(new Person { Name = "Li", Age = age });

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(expectedFired, fired);
    }

    [Fact]
    public void Fire_FactOfDerivedType_MatchesPatternOfBaseType()
    {
        // Arrange
        var session = CreateSession(typeof(AdultRule));
        var student = new Student { Name = "Zhao", Age = 20, School = "No. 1 Middle School" };
        session.Insert(student);

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(1, fired);
        Assert.Same(student, Assert.Single(session.Query<Adult>()).Person);
    }

    [Fact]
    public void Fire_FactOfUnrelatedType_IsIgnored()
    {
        // Arrange
        var session = CreateSession(typeof(AdultRule));
        session.Insert("not a person");

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(0, fired);
    }

    [Fact]
    public void Fire_DoAction_RunsWithMatchedFactAndContext()
    {
        // Arrange
        var session = CreateSession(typeof(GreetingRule));
        var person = new Person { Name = "Li", Age = 30 };
        session.Insert(new EvaluationDate(session.AsOf));
        session.Insert(person);

        // Act
        session.Fire();

        // Assert
        Assert.Equal(["OneFactRule.Greeting greets Li on 2017-05-01"], person.Notes);
    }

    [Fact]
    public void Fire_DoActionInsertingFact_InsertedFactIsInSession()
    {
        // Arrange
        var session = CreateSession(typeof(RegisterAdultRule));
        var person = new Person { Name = "Li", Age = 30 };
        session.Insert(person);

        // Act
        session.Fire();

        // Assert
        Assert.Same(person, Assert.Single(session.Query<Registration>()).Person);
    }

    [Fact]
    public void Query_GivenFacts_ReturnsFactsOfRequestedTypeOnly()
    {
        // Arrange
        var session = CreateSession(typeof(AdultRule));
        var person = new Person { Name = "Li", Age = 10 };
        var student = new Student { Name = "Zhao", Age = 12 };
        session.InsertAll([person, student, "other"]);

        // Act
        var people = session.Query<Person>().ToArray();
        var students = session.Query<Student>().ToArray();

        // Assert
        Assert.Equal(2, people.Length);
        Assert.Contains(person, people);
        Assert.Contains(student, people);
        Assert.Same(student, Assert.Single(students));
    }

    [Fact]
    public void Insert_FactAlreadyInSession_Throws()
    {
        // Arrange
        var session = CreateSession(typeof(AdultRule));
        var person = new Person { Name = "Li", Age = 30 };
        session.Insert(person);

        // Act
        var error = Record.Exception(() => session.Insert(person));

        // Assert
        Assert.IsType<InvalidOperationException>(error);
    }

    [Fact]
    public void Insert_Null_ThrowsArgumentNull()
    {
        // Arrange
        var session = CreateSession(typeof(AdultRule));

        // Act
        var error = Record.Exception(() => session.Insert(null!));

        // Assert
        Assert.IsType<ArgumentNullException>(error);
    }

    [Fact]
    public void TryInsert_FactAlreadyInSession_ReturnsFalseAndMatchesOnce()
    {
        // Arrange
        var session = CreateSession(typeof(AdultRule));
        var person = new Person { Name = "Li", Age = 30 };

        // Act
        var first = session.TryInsert(person);
        var second = session.TryInsert(person);
        var fired = session.Fire();

        // Assert
        Assert.True(first);
        Assert.False(second);
        Assert.Equal(1, fired);
    }

    [Fact]
    public void Update_FactNotInSession_ThrowsAndTryUpdateReturnsFalse()
    {
        // Arrange
        var session = CreateSession(typeof(AdultRule));
        var person = new Person { Name = "Li", Age = 30 };

        // Act
        var error = Record.Exception(() => session.Update(person));
        var updated = session.TryUpdate(person);

        // Assert
        Assert.IsType<InvalidOperationException>(error);
        Assert.False(updated);
    }

    [Fact]
    public void Retract_FactNotInSession_ThrowsAndTryRetractReturnsFalse()
    {
        // Arrange
        var session = CreateSession(typeof(AdultRule));
        var person = new Person { Name = "Li", Age = 30 };

        // Act
        var error = Record.Exception(() => session.Retract(person));
        var retracted = session.TryRetract(person);

        // Assert
        Assert.IsType<InvalidOperationException>(error);
        Assert.False(retracted);
    }

    [Fact]
    public void Retract_GivenFact_RemovesItFromSession()
    {
        // Arrange
        var session = CreateSession(typeof(AdultRule));
        var person = new Person { Name = "Li", Age = 30 };
        session.Insert(person);

        // Act
        var retracted = session.TryRetract(person);

        // Assert
        Assert.True(retracted);
        Assert.Empty(session.Query<Person>());
    }

    [Fact]
    public void CreateSession_TwoSessionsFromOneFactory_DoNotShareFacts()
    {
        // Arrange
        var repository = new RuleRepository();
        repository.Load(x => x.NestedTypes().From(typeof(AdultRule)));
        var factory = repository.CompileThreeValued();
        var first = factory.CreateSession(AsOf);
        var second = factory.CreateSession(AsOf);
        first.Insert(new Person { Name = "Li", Age = 30 });

        // Act
        var firedInFirst = first.Fire();
        var firedInSecond = second.Fire();

        // Assert
        Assert.Equal(1, firedInFirst);
        Assert.Equal(0, firedInSecond);
        Assert.Empty(second.Query<Adult>());
        Assert.Equal(AsOf, second.AsOf);
    }

    private static ISession CreateSession(params Type[] rules)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.NestedTypes().From(rules));
        return repository.CompileThreeValued().CreateSession(AsOf);
    }

    public class Person
    {
        public string Name { get; set; } = "";

        public Input<int> Age { get; set; }

        public Input<bool> IsResident { get; set; }

        public List<string> Notes { get; } = [];
    }

    public sealed class Student : Person
    {
        public string School { get; set; } = "";
    }

    public sealed record Adult(Person Person);

    public sealed record ResidentSenior(Person Person);

    public sealed record Registration(Person Person);

    /// <summary>The evaluation date as a fact (an NRules action has no session date to read).</summary>
    public sealed record EvaluationDate(DateOnly Date);

    [Name("OneFactRule.Adult")]
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

    [Name("OneFactRule.ResidentSenior")]
    public sealed class ResidentSeniorRule : Rule
    {
        public override void Define()
        {
            Person person = default!;

            When()
                .Match(() => person, p => p.Age.Value >= 65, p => p.IsResident.Value);
            Then()
                .Yield(ctx => new ResidentSenior(person));
        }
    }

    [Name("OneFactRule.RetirementAge")]
    public sealed class RetirementAgeRule : Rule
    {
        public override void Define()
        {
            Person person = default!;
            var retirementAge = 50 + 10;

            When()
                .Match(() => person, p => p.Age.Value >= retirementAge);
            Then()
                .Yield(ctx => new ResidentSenior(person));
        }
    }

    [Name("OneFactRule.Greeting")]
    public sealed class GreetingRule : Rule
    {
        public override void Define()
        {
            EvaluationDate today = default!;
            Person person = default!;

            When()
                .Match(() => today)
                .Match(() => person, p => p.Age.Value >= 18);
            Then()
                .Do(ctx => person.Notes.Add(ctx.Rule.Name + " greets " + person.Name + " on " + today.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    [Name("OneFactRule.RegisterAdult")]
    public sealed class RegisterAdultRule : Rule
    {
        public override void Define()
        {
            Person person = default!;

            When()
                .Match(() => person, p => p.Age.Value >= 18);
            Then()
                .Do(ctx => ctx.Insert(new Registration(person)));
        }
    }
}
