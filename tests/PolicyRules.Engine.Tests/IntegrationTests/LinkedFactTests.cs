using NRules.Fluent;
using NRules.Fluent.Dsl;
using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Engine.Tests.IntegrationTests;

/// <summary>
/// Truth maintenance: facts yielded (or inserted linked) by a match are withdrawn when the match stops
/// holding, together with what was derived from them, and derived again when it holds again.
/// </summary>
public class LinkedFactTests
{
    private static readonly DateOnly AsOf = new(2017, 5, 1);

    [Fact]
    public void Update_RuleStopsMatching_YieldedFactWithdrawn()
    {
        // Arrange
        var session = CreateSession(typeof(LowIncomeRule));
        var household = new Household { Income = 800m };
        session.Insert(household);
        session.Fire();

        // Act
        household.Income = 5_000m;
        session.Update(household);

        // Assert
        Assert.Empty(session.Query<LowIncome>());
    }

    [Fact]
    public void Update_RuleStopsMatching_DownstreamDerivedFactsWithdrawnToo()
    {
        // Arrange
        var session = CreateSession(typeof(LowIncomeRule), typeof(AllowanceRule), typeof(PaymentRule));
        var household = new Household { Income = 800m };
        session.Insert(household);
        session.Fire();
        Assert.Single(session.Query<Payment>());

        // Act
        household.Income = 5_000m;
        session.Update(household);
        var fired = session.Fire();

        // Assert
        Assert.Equal(0, fired);
        Assert.Empty(session.Query<LowIncome>());
        Assert.Empty(session.Query<Allowance>());
        Assert.Empty(session.Query<Payment>());
        Assert.Equal(Truth.False, session.Determine<Payment>().Truth);
    }

    [Fact]
    public void Update_RuleMatchesAgain_WholeChainRederived()
    {
        // Arrange
        var session = CreateSession(typeof(LowIncomeRule), typeof(AllowanceRule), typeof(PaymentRule));
        var household = new Household { Income = 800m };
        session.Insert(household);
        session.Fire();
        household.Income = 5_000m;
        session.Update(household);
        session.Fire();

        // Act
        household.Income = 900m;
        session.Update(household);
        var fired = session.Fire();

        // Assert
        Assert.Equal(3, fired);
        Assert.Same(household, Assert.Single(session.Query<LowIncome>()).Household);
        Assert.Single(session.Query<Allowance>());
        Assert.Single(session.Query<Payment>());
    }

    [Fact]
    public void Update_RuleStillMatches_KeepsExactlyOneDerivedFactPerLink()
    {
        // Arrange
        var session = CreateSession(typeof(LowIncomeRule), typeof(AllowanceRule), typeof(PaymentRule));
        var household = new Household { Income = 800m };
        session.Insert(household);
        session.Fire();

        // Act
        household.Income = 700m;
        session.Update(household);
        session.Fire();

        // Assert
        Assert.Single(session.Query<LowIncome>());
        Assert.Single(session.Query<Allowance>());
        Assert.Single(session.Query<Payment>());
    }

    [Fact]
    public void Retract_SourceFact_LinkedChainWithdrawn()
    {
        // Arrange
        var session = CreateSession(typeof(LowIncomeRule), typeof(AllowanceRule), typeof(PaymentRule));
        var household = new Household { Income = 800m };
        session.Insert(household);
        session.Fire();

        // Act
        session.Retract(household);

        // Assert
        Assert.Empty(session.Query<LowIncome>());
        Assert.Empty(session.Query<Allowance>());
        Assert.Empty(session.Query<Payment>());
    }

    [Fact]
    public void Update_OneOfTwoSourcesStopsMatching_OnlyItsLinkedFactsWithdrawn()
    {
        // Arrange
        var session = CreateSession(typeof(LowIncomeRule), typeof(AllowanceRule));
        var poor = new Household { Income = 800m };
        var recovering = new Household { Income = 900m };
        session.InsertAll([poor, recovering]);
        session.Fire();

        // Act
        recovering.Income = 4_000m;
        session.Update(recovering);
        session.Fire();

        // Assert
        Assert.Same(poor, Assert.Single(session.Query<LowIncome>()).Household);
        Assert.Same(poor, Assert.Single(session.Query<Allowance>()).LowIncome.Household);
    }

    [Fact]
    public void Update_InsertLinkedFromDoAction_WithdrawnWhenRuleStopsMatching()
    {
        // Arrange
        var session = CreateSession(typeof(LinkedNoticeRule));
        var household = new Household { Income = 800m };
        session.Insert(household);
        session.Fire();
        Assert.Single(session.Query<Notice>());

        // Act
        household.Income = 5_000m;
        session.Update(household);

        // Assert
        Assert.Empty(session.Query<Notice>());
    }

    [Fact]
    public void Update_PlainInsertFromDoAction_StaysWhenRuleStopsMatching()
    {
        // Arrange
        var session = CreateSession(typeof(PlainNoticeRule));
        var household = new Household { Income = 800m };
        session.Insert(household);
        session.Fire();

        // Act
        household.Income = 5_000m;
        session.Update(household);
        session.Fire();

        // Assert
        Assert.Same(household, Assert.Single(session.Query<Notice>()).Household);
    }

    [Fact]
    public void Update_InputBecomesUnknown_CertainDerivationBecomesPossible()
    {
        // Arrange
        var session = CreateSession(typeof(LowIncomeRule), typeof(AllowanceRule));
        var household = new Household { Income = 800m };
        session.Insert(household);
        session.Fire();

        // Act
        household.Income = Input<decimal>.Unknown;
        session.Update(household);
        session.Fire();

        // Assert
        Assert.Empty(session.Query<Allowance>());
        var determination = session.Determine<Allowance>();
        Assert.Equal(Truth.Unknown, determination.Truth);
        Assert.Equal(["household.income"], determination.MissingVariableIds);
    }

    private static ISession CreateSession(params Type[] rules)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.NestedTypes().From(rules));
        return repository.CompileThreeValued().CreateSession(AsOf);
    }

    public sealed class Household
    {
        public Input<decimal> Income { get; set; }
    }

    public sealed record LowIncome(Household Household);

    public sealed record Allowance(LowIncome LowIncome);

    public sealed record Payment(Allowance Allowance);

    public sealed record Notice(Household Household);

    [Name("LinkedFact.LowIncome")]
    public sealed class LowIncomeRule : Rule
    {
        public override void Define()
        {
            Household household = default!;

            When()
                .Match(() => household, h => h.Income.Value < 1_000m);
            Then()
                .Yield(ctx => new LowIncome(household));
        }
    }

    [Name("LinkedFact.Allowance")]
    public sealed class AllowanceRule : Rule
    {
        public override void Define()
        {
            LowIncome lowIncome = default!;

            When()
                .Match(() => lowIncome);
            Then()
                .Yield(ctx => new Allowance(lowIncome));
        }
    }

    [Name("LinkedFact.Payment")]
    public sealed class PaymentRule : Rule
    {
        public override void Define()
        {
            Allowance allowance = default!;

            When()
                .Match(() => allowance);
            Then()
                .Yield(ctx => new Payment(allowance));
        }
    }

    [Name("LinkedFact.LinkedNotice")]
    public sealed class LinkedNoticeRule : Rule
    {
        public override void Define()
        {
            Household household = default!;

            When()
                .Match(() => household, h => h.Income.Value < 1_000m);
            Then()
                .Do(ctx => ctx.InsertLinked("notice", new Notice(household)));
        }
    }

    [Name("LinkedFact.PlainNotice")]
    public sealed class PlainNoticeRule : Rule
    {
        public override void Define()
        {
            Household household = default!;

            When()
                .Match(() => household, h => h.Income.Value < 1_000m);
            Then()
                .Do(ctx => ctx.Insert(new Notice(household)));
        }
    }
}
