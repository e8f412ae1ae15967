using PolicyRules.Engine.Evaluation;
using PolicyRules.Engine.Fluent;

namespace PolicyRules.Engine.Tests;

public sealed class Person
{
    public Input<int> Age { get; set; }
    public string Name { get; set; } = "";
}

public sealed record Adult(Person Person);

public sealed class AdultRule : Rule
{
    public override void Define()
    {
        Person person = default!;
        When().Match(() => person, p => p.Age.Value >= 18);
        Then().Yield(ctx => new Adult(person));
    }
}

public class Smoke
{
    [Fact]
    public void Works()
    {
        var repo = new RuleRepository();
        repo.Load(x => x.From(typeof(AdultRule)));
        var factory = repo.Compile();
        var session = factory.CreateSession(new DateOnly(2017, 5, 1));
        var p = new Person { Name = "a" };
        session.Insert(p);
        session.Fire();
        var d = session.Determine<Adult>();
        Assert.Equal(Truth.Unknown, d.Truth);
        Assert.Equal(["person.age"], d.MissingVariableIds);
        p.Age = 20;
        session.Update(p);
        session.Fire();
        Assert.Equal(Truth.True, session.Determine<Adult>().Truth);
        p.Age = 10;
        session.Update(p);
        session.Fire();
        Assert.Equal(Truth.False, session.Determine<Adult>().Truth);
        var why = session.ExplainAbsence<Adult>();
        Assert.Single(why);
        Assert.Contains("10", why[0].FailedConditions[0].ToString());
    }
}
