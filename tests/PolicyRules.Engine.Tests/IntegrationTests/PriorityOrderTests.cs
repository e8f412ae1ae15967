using NRules.Fluent;
using NRules.Fluent.Dsl;

namespace PolicyRules.Engine.Tests.IntegrationTests;

/// <summary>
/// The order in which activations fire: higher [Priority] first; equal priorities in the order the
/// rules were loaded; matches of one rule in the order they arose; the same every run.
/// </summary>
public class PriorityOrderTests
{
    private static readonly DateOnly AsOf = new(2017, 5, 1);

    [Fact]
    public void Fire_HigherPriorityLoadedLast_FiresFirst()
    {
        // Arrange
        var session = CreateSession(typeof(LowPriorityRule), typeof(HighPriorityRule));
        var trigger = new Trigger();
        session.Insert(trigger);

        // Act
        session.Fire();

        // Assert
        Assert.Equal(["High", "Low"], trigger.Fired);
    }

    [Fact]
    public void Fire_HigherPriorityLoadedFirst_FiresFirst()
    {
        // Arrange
        var session = CreateSession(typeof(HighPriorityRule), typeof(LowPriorityRule));
        var trigger = new Trigger();
        session.Insert(trigger);

        // Act
        session.Fire();

        // Assert
        Assert.Equal(["High", "Low"], trigger.Fired);
    }

    [Fact]
    public void Fire_NegativePriority_FiresAfterDefaultPriority()
    {
        // Arrange
        var session = CreateSession(typeof(NegativePriorityRule), typeof(EqualARule), typeof(HighPriorityRule));
        var trigger = new Trigger();
        session.Insert(trigger);

        // Act
        session.Fire();

        // Assert
        Assert.Equal(["High", "A", "Negative"], trigger.Fired);
    }

    [Fact]
    public void Fire_EqualPriorities_FireInLoadOrder()
    {
        // Arrange
        var session = CreateSession(typeof(EqualARule), typeof(EqualBRule), typeof(EqualCRule));
        var trigger = new Trigger();
        session.Insert(trigger);

        // Act
        session.Fire();

        // Assert
        Assert.Equal(["A", "B", "C"], trigger.Fired);
    }

    [Fact]
    public void Fire_EqualPrioritiesLoadedInOtherOrder_FireInThatOrder()
    {
        // Arrange
        var session = CreateSession(typeof(EqualCRule), typeof(EqualARule), typeof(EqualBRule));
        var trigger = new Trigger();
        session.Insert(trigger);

        // Act
        session.Fire();

        // Assert
        Assert.Equal(["C", "A", "B"], trigger.Fired);
    }

    [Fact]
    public void Fire_EqualPrioritiesLoadedInSeparateLoadCalls_FireInLoadOrder()
    {
        // Arrange
        var repository = new RuleRepository();
        repository.Load(x => x.NestedTypes().From(typeof(EqualBRule)));
        repository.Load(x => x.NestedTypes().From(typeof(EqualARule)));
        var session = repository.CompileThreeValued().CreateSession(AsOf);
        var trigger = new Trigger();
        session.Insert(trigger);

        // Act
        session.Fire();

        // Assert
        Assert.Equal(["B", "A"], trigger.Fired);
    }

    [Fact]
    public void Fire_MixedPrioritiesAndTies_OrdersByPriorityThenLoadOrder()
    {
        // Arrange
        var session = CreateSession(
            typeof(EqualCRule), typeof(LowPriorityRule), typeof(NegativePriorityRule), typeof(HighPriorityRule), typeof(EqualARule));
        var trigger = new Trigger();
        session.Insert(trigger);

        // Act
        session.Fire();

        // Assert
        Assert.Equal(["High", "C", "Low", "A", "Negative"], trigger.Fired);
    }

    [Fact]
    public void Fire_LowPriorityMatchedBeforeHighPriority_HighStillFiresFirst()
    {
        // Arrange
        var session = CreateSession(typeof(LowPriorityRule), typeof(HighPriorityTicketRule));
        var trigger = new Trigger();
        session.Insert(trigger);
        session.Insert(new Ticket { Name = "t1", Log = trigger.Fired });

        // Act
        session.Fire();

        // Assert
        Assert.Equal(["High:t1", "Low"], trigger.Fired);
    }

    [Fact]
    public void Fire_SeveralMatchesOfOneRule_FireInOrderTheyArose()
    {
        // Arrange
        var session = CreateSession(typeof(TicketRule));
        var log = new List<string>();
        foreach (var name in new[] { "t3", "t1", "t2" })
        {
            session.Insert(new Ticket { Name = name, Log = log });
        }

        // Act
        session.Fire();

        // Assert
        Assert.Equal(["t3", "t1", "t2"], log);
    }

    [Fact]
    public void Fire_ManyRunsOfSameSetup_SameOrderEveryTime()
    {
        // Arrange
        var repository = new RuleRepository();
        repository.Load(x => x.NestedTypes().From(typeof(EqualBRule), typeof(LowPriorityRule), typeof(EqualARule), typeof(HighPriorityRule), typeof(EqualCRule)));
        var factory = repository.CompileThreeValued();
        var orders = new List<string>();

        // Act
        for (var run = 0; run < 20; run++)
        {
            var session = factory.CreateSession(AsOf);
            var trigger = new Trigger();
            session.Insert(trigger);
            session.Fire();
            orders.Add(string.Join(",", trigger.Fired));
        }

        // Assert
        Assert.Single(orders.Distinct());
        Assert.Equal(5, orders[0].Split(',').Length);
    }

    private static ISession CreateSession(params Type[] rules)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.NestedTypes().From(rules));
        return repository.CompileThreeValued().CreateSession(AsOf);
    }

    public sealed class Trigger
    {
        public List<string> Fired { get; } = [];
    }

    public sealed class Ticket
    {
        public string Name { get; set; } = "";

        public List<string> Log { get; set; } = [];
    }

    [Name("PriorityOrder.High")]
    [Priority(10)]
    public sealed class HighPriorityRule : Rule
    {
        public override void Define()
        {
            Trigger trigger = default!;

            When()
                .Match(() => trigger);
            Then()
                .Do(ctx => trigger.Fired.Add("High"));
        }
    }

    [Name("PriorityOrder.HighTicket")]
    [Priority(10)]
    public sealed class HighPriorityTicketRule : Rule
    {
        public override void Define()
        {
            Ticket ticket = default!;

            When()
                .Match(() => ticket);
            Then()
                .Do(ctx => ticket.Log.Add("High:" + ticket.Name));
        }
    }

    [Name("PriorityOrder.Low")]
    [Priority(0)]
    public sealed class LowPriorityRule : Rule
    {
        public override void Define()
        {
            Trigger trigger = default!;

            When()
                .Match(() => trigger);
            Then()
                .Do(ctx => trigger.Fired.Add("Low"));
        }
    }

    [Name("PriorityOrder.Negative")]
    [Priority(-5)]
    public sealed class NegativePriorityRule : Rule
    {
        public override void Define()
        {
            Trigger trigger = default!;

            When()
                .Match(() => trigger);
            Then()
                .Do(ctx => trigger.Fired.Add("Negative"));
        }
    }

    [Name("PriorityOrder.EqualA")]
    public sealed class EqualARule : Rule
    {
        public override void Define()
        {
            Trigger trigger = default!;

            When()
                .Match(() => trigger);
            Then()
                .Do(ctx => trigger.Fired.Add("A"));
        }
    }

    [Name("PriorityOrder.EqualB")]
    public sealed class EqualBRule : Rule
    {
        public override void Define()
        {
            Trigger trigger = default!;

            When()
                .Match(() => trigger);
            Then()
                .Do(ctx => trigger.Fired.Add("B"));
        }
    }

    [Name("PriorityOrder.EqualC")]
    public sealed class EqualCRule : Rule
    {
        public override void Define()
        {
            Trigger trigger = default!;

            When()
                .Match(() => trigger);
            Then()
                .Do(ctx => trigger.Fired.Add("C"));
        }
    }

    [Name("PriorityOrder.Ticket")]
    public sealed class TicketRule : Rule
    {
        public override void Define()
        {
            Ticket ticket = default!;

            When()
                .Match(() => ticket);
            Then()
                .Do(ctx => ticket.Log.Add(ticket.Name));
        }
    }
}
