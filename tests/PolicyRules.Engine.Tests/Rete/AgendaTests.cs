using NRules.Fluent;
using NRules.Fluent.Dsl;
using PolicyRules.Engine.Evaluation;
using PolicyRules.Engine.Rete;

namespace PolicyRules.Engine.Tests.Rete;

/// <summary>
/// The agenda's order: certain matches before possible ones, then higher priority, then rule-set
/// order, then the order the matches arose.
/// </summary>
public class AgendaTests
{
    private readonly IReadOnlyList<RuleNode> _rules;

    public AgendaTests()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.NestedTypes().From(typeof(FirstRule), typeof(SecondRule), typeof(UrgentRule)));
        _rules = ReteBuilder.Build(repository.CompileThreeValued().Rules).Rules;
    }

    private RuleNode First => _rules[0];

    private RuleNode Second => _rules[1];

    private RuleNode Urgent => _rules[2];

    [Fact]
    public void TryPop_EmptyAgenda_ReturnsFalse()
    {
        // Arrange
        var agenda = new Agenda();

        // Act
        var popped = agenda.TryPop(out _);

        // Assert
        Assert.False(popped);
        Assert.Equal(0, agenda.Count);
    }

    [Fact]
    public void Add_ThenTryPop_ReturnsActivationAndTakesItOffAgenda()
    {
        // Arrange
        var agenda = new Agenda();
        var activation = Activation(First, 1);

        // Act
        agenda.Add(activation);
        var onAgendaAfterAdd = activation.IsOnAgenda;
        var popped = agenda.TryPop(out var next);

        // Assert
        Assert.True(onAgendaAfterAdd);
        Assert.True(popped);
        Assert.Same(activation, next);
        Assert.False(activation.IsOnAgenda);
        Assert.Equal(0, agenda.Count);
    }

    [Fact]
    public void TryPop_DifferentPriorities_HigherPriorityFirst()
    {
        // Arrange
        var agenda = new Agenda();
        agenda.Add(Activation(First, 1));
        agenda.Add(Activation(Urgent, 2));

        // Act
        var order = PopAll(agenda);

        // Assert
        Assert.Equal(["Agenda.Urgent", "Agenda.First"], order.Select(a => a.Rule.Definition.Name));
    }

    [Fact]
    public void TryPop_EqualPriorities_EarlierRuleInSetFirst()
    {
        // Arrange
        var agenda = new Agenda();
        agenda.Add(Activation(Second, 1));
        agenda.Add(Activation(First, 2));

        // Act
        var order = PopAll(agenda);

        // Assert
        Assert.Equal(["Agenda.First", "Agenda.Second"], order.Select(a => a.Rule.Definition.Name));
    }

    [Fact]
    public void TryPop_SameRule_EarlierMatchFirst()
    {
        // Arrange
        var agenda = new Agenda();
        agenda.Add(Activation(First, 1));
        agenda.Add(Activation(First, 2));
        agenda.Add(Activation(First, 3));

        // Act
        var order = PopAll(agenda);

        // Assert
        Assert.Equal([1L, 2L, 3L], order.Select(a => a.Sequence));
    }

    [Fact]
    public void TryPop_CertainAndPossibleMatches_CertainFirstWhateverPriority()
    {
        // Arrange
        var agenda = new Agenda();
        agenda.Add(Activation(Urgent, 1, Truth.Unknown));
        agenda.Add(Activation(First, 2));

        // Act
        var order = PopAll(agenda);

        // Assert
        Assert.Equal([Truth.True, Truth.Unknown], order.Select(a => a.Degree));
    }

    [Fact]
    public void TryPop_SameActivationsAddedInAnyOrder_PopInSameOrder()
    {
        // Arrange
        Activation[] activations =
        [
            Activation(First, 1), Activation(First, 2), Activation(Second, 3), Activation(Urgent, 4), Activation(Urgent, 5, Truth.Unknown),
        ];
        var forwards = new Agenda();
        var backwards = new Agenda();
        var shuffled = new Agenda();
        foreach (var activation in activations)
        {
            forwards.Add(activation);
        }

        var forwardOrder = PopAll(forwards);
        foreach (var activation in activations.Reverse())
        {
            backwards.Add(activation);
        }

        var backwardOrder = PopAll(backwards);
        foreach (var index in new[] { 2, 4, 0, 3, 1 })
        {
            shuffled.Add(activations[index]);
        }

        // Act
        var shuffledOrder = PopAll(shuffled);

        // Assert
        Assert.Equal(forwardOrder, backwardOrder);
        Assert.Equal(forwardOrder, shuffledOrder);
    }

    [Fact]
    public void Remove_ActivationOnAgenda_IsNotPopped()
    {
        // Arrange
        var agenda = new Agenda();
        var kept = Activation(First, 1);
        var removed = Activation(Second, 2);
        agenda.Add(kept);
        agenda.Add(removed);

        // Act
        agenda.Remove(removed);

        // Assert
        Assert.False(removed.IsOnAgenda);
        Assert.Equal(1, agenda.Count);
        Assert.Equal([kept], PopAll(agenda));
    }

    [Fact]
    public void Remove_ActivationAlreadyPopped_LeavesAgendaAlone()
    {
        // Arrange
        var agenda = new Agenda();
        var popped = Activation(First, 1);
        var waiting = Activation(First, 2);
        agenda.Add(popped);
        agenda.TryPop(out _);
        agenda.Add(waiting);

        // Act
        agenda.Remove(popped);

        // Assert
        Assert.Equal(1, agenda.Count);
        Assert.True(waiting.IsOnAgenda);
    }

    private static Activation Activation(RuleNode rule, long sequence, Truth degree = Truth.True) =>
        new(rule, new Token(null, 0, null, null, degree, null), sequence);

    private static List<Activation> PopAll(Agenda agenda)
    {
        var order = new List<Activation>();
        while (agenda.TryPop(out var activation))
        {
            order.Add(activation);
        }

        return order;
    }

    public sealed class Item;

    public sealed record Done(string Rule);

    [Name("Agenda.First")]
    public sealed class FirstRule : Rule
    {
        public override void Define()
        {
            Item item = default!;

            When()
                .Match(() => item);
            Then()
                .Yield(ctx => new Done(ctx.Rule.Name));
        }
    }

    [Name("Agenda.Second")]
    public sealed class SecondRule : Rule
    {
        public override void Define()
        {
            Item item = default!;

            When()
                .Match(() => item);
            Then()
                .Yield(ctx => new Done(ctx.Rule.Name));
        }
    }

    [Name("Agenda.Urgent")]
    [Priority(10)]
    public sealed class UrgentRule : Rule
    {
        public override void Define()
        {
            Item item = default!;

            When()
                .Match(() => item);
            Then()
                .Yield(ctx => new Done(ctx.Rule.Name));
        }
    }
}
