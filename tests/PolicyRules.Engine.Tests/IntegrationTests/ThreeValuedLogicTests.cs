using NRules.Fluent;
using NRules.Fluent.Dsl;
using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Engine.Tests.IntegrationTests;

/// <summary>
/// Conditions over inputs that may be known, unknown (not asked yet) or uncertain (the person does
/// not know): Kleene's truth tables, and which inputs Determine reports as still able to change a goal.
/// </summary>
public class ThreeValuedLogicTests
{
    private static readonly DateOnly AsOf = new(2017, 5, 1);

    public enum Answer
    {
        Yes,
        No,
        NotAsked,
        DoesNotKnow,
    }

    /// <summary>Kleene's conjunction, row by row.</summary>
    public static TheoryData<Answer, Answer, Truth> AndTable => new()
    {
        { Answer.Yes, Answer.Yes, Truth.True },
        { Answer.Yes, Answer.No, Truth.False },
        { Answer.Yes, Answer.NotAsked, Truth.Unknown },
        { Answer.Yes, Answer.DoesNotKnow, Truth.Unknown },
        { Answer.No, Answer.Yes, Truth.False },
        { Answer.No, Answer.No, Truth.False },
        { Answer.No, Answer.NotAsked, Truth.False },
        { Answer.No, Answer.DoesNotKnow, Truth.False },
        { Answer.NotAsked, Answer.Yes, Truth.Unknown },
        { Answer.NotAsked, Answer.No, Truth.False },
        { Answer.NotAsked, Answer.NotAsked, Truth.Unknown },
        { Answer.NotAsked, Answer.DoesNotKnow, Truth.Unknown },
        { Answer.DoesNotKnow, Answer.Yes, Truth.Unknown },
        { Answer.DoesNotKnow, Answer.No, Truth.False },
        { Answer.DoesNotKnow, Answer.NotAsked, Truth.Unknown },
        { Answer.DoesNotKnow, Answer.DoesNotKnow, Truth.Unknown },
    };

    [Theory]
    [MemberData(nameof(AndTable))]
    public void Determine_AndCondition_FollowsKleeneTable(Answer a, Answer b, Truth expected)
    {
        // Arrange
        var session = CreateSession(typeof(AndRule));
        session.Insert(new Answers { A = ToInput(a), B = ToInput(b) });
        session.Fire();

        // Act
        var determination = session.Determine<AndHolds>();

        // Assert
        Assert.Equal(expected, determination.Truth);
    }

    [Theory]
    [MemberData(nameof(AndTable))]
    public void Determine_ConditionsSplitAcrossOnePattern_FollowKleeneAndTable(Answer a, Answer b, Truth expected)
    {
        // Arrange
        var session = CreateSession(typeof(SplitAndRule));
        session.Insert(new Answers { A = ToInput(a), B = ToInput(b) });
        session.Fire();

        // Act
        var determination = session.Determine<SplitAndHolds>();

        // Assert
        Assert.Equal(expected, determination.Truth);
    }

    [Theory]
    [InlineData(Answer.Yes, Answer.Yes, Truth.True)]
    [InlineData(Answer.Yes, Answer.No, Truth.True)]
    [InlineData(Answer.Yes, Answer.NotAsked, Truth.True)]
    [InlineData(Answer.Yes, Answer.DoesNotKnow, Truth.True)]
    [InlineData(Answer.No, Answer.Yes, Truth.True)]
    [InlineData(Answer.No, Answer.No, Truth.False)]
    [InlineData(Answer.No, Answer.NotAsked, Truth.Unknown)]
    [InlineData(Answer.No, Answer.DoesNotKnow, Truth.Unknown)]
    [InlineData(Answer.NotAsked, Answer.Yes, Truth.True)]
    [InlineData(Answer.NotAsked, Answer.No, Truth.Unknown)]
    [InlineData(Answer.NotAsked, Answer.NotAsked, Truth.Unknown)]
    [InlineData(Answer.NotAsked, Answer.DoesNotKnow, Truth.Unknown)]
    [InlineData(Answer.DoesNotKnow, Answer.Yes, Truth.True)]
    [InlineData(Answer.DoesNotKnow, Answer.No, Truth.Unknown)]
    [InlineData(Answer.DoesNotKnow, Answer.NotAsked, Truth.Unknown)]
    [InlineData(Answer.DoesNotKnow, Answer.DoesNotKnow, Truth.Unknown)]
    public void Determine_OrCondition_FollowsKleeneTable(Answer a, Answer b, Truth expected)
    {
        // Arrange
        var session = CreateSession(typeof(OrRule));
        session.Insert(new Answers { A = ToInput(a), B = ToInput(b) });
        session.Fire();

        // Act
        var determination = session.Determine<OrHolds>();

        // Assert
        Assert.Equal(expected, determination.Truth);
    }

    [Theory]
    [InlineData(Answer.Yes, Truth.False)]
    [InlineData(Answer.No, Truth.True)]
    [InlineData(Answer.NotAsked, Truth.Unknown)]
    [InlineData(Answer.DoesNotKnow, Truth.Unknown)]
    public void Determine_NotCondition_FollowsKleeneTable(Answer a, Truth expected)
    {
        // Arrange
        var session = CreateSession(typeof(NotRule));
        session.Insert(new Answers { A = ToInput(a) });
        session.Fire();

        // Act
        var determination = session.Determine<NotHolds>();

        // Assert
        Assert.Equal(expected, determination.Truth);
    }

    [Theory]
    [InlineData(Answer.Yes, Answer.Yes, Truth.False)]
    [InlineData(Answer.Yes, Answer.No, Truth.True)]
    [InlineData(Answer.No, Answer.NotAsked, Truth.True)]
    [InlineData(Answer.NotAsked, Answer.Yes, Truth.Unknown)]
    [InlineData(Answer.NotAsked, Answer.No, Truth.True)]
    [InlineData(Answer.DoesNotKnow, Answer.NotAsked, Truth.Unknown)]
    public void Determine_NegatedConjunction_FollowsKleeneTable(Answer a, Answer b, Truth expected)
    {
        // Arrange
        var session = CreateSession(typeof(NandRule));
        session.Insert(new Answers { A = ToInput(a), B = ToInput(b) });
        session.Fire();

        // Act
        var determination = session.Determine<NandHolds>();

        // Assert
        Assert.Equal(expected, determination.Truth);
    }

    [Fact]
    public void Determine_AndWithFirstFalse_IsFalseWithNothingMissing()
    {
        // Arrange
        var session = CreateSession(typeof(AndRule));
        session.Insert(new Answers { A = false });
        session.Fire();

        // Act
        var determination = session.Determine<AndHolds>();

        // Assert
        Assert.Equal(Truth.False, determination.Truth);
        Assert.Empty(determination.Missing);
        Assert.Empty(determination.Uncertain);
    }

    [Fact]
    public void Determine_AndWithFirstUnknownSecondTrue_IsUnknownMissingFirst()
    {
        // Arrange
        var session = CreateSession(typeof(AndRule));
        var answers = new Answers { B = true };
        session.Insert(answers);
        session.Fire();

        // Act
        var determination = session.Determine<AndHolds>();

        // Assert
        Assert.Equal(Truth.Unknown, determination.Truth);
        var missing = Assert.Single(determination.Missing);
        Assert.Equal("answers.a", missing.VariableId);
        Assert.Same(answers, missing.Fact);
        Assert.Equal(InputState.Unknown, missing.State);
        Assert.Empty(determination.Facts);
        Assert.Single(determination.PossibleFacts);
    }

    [Fact]
    public void Determine_AndWithFirstUnknownSecondFalse_IsFalseWithNothingMissing()
    {
        // Arrange
        var session = CreateSession(typeof(AndRule));
        session.Insert(new Answers { B = false });
        session.Fire();

        // Act
        var determination = session.Determine<AndHolds>();

        // Assert
        Assert.Equal(Truth.False, determination.Truth);
        Assert.Empty(determination.Missing);
    }

    [Fact]
    public void Determine_AndWithBothUnknown_MissingBothInConditionOrder()
    {
        // Arrange
        var session = CreateSession(typeof(AndRule));
        session.Insert(new Answers());
        session.Fire();

        // Act
        var determination = session.Determine<AndHolds>();

        // Assert
        Assert.Equal(Truth.Unknown, determination.Truth);
        Assert.Equal(["answers.a", "answers.b"], determination.MissingVariableIds);
    }

    [Fact]
    public void Determine_OrWithFirstUnknownSecondTrue_IsTrueWithNothingMissing()
    {
        // Arrange
        var session = CreateSession(typeof(OrRule));
        session.Insert(new Answers { B = true });
        session.Fire();

        // Act
        var determination = session.Determine<OrHolds>();

        // Assert
        Assert.Equal(Truth.True, determination.Truth);
        Assert.Empty(determination.Missing);
    }

    [Fact]
    public void Determine_OrWithFirstUnknownSecondFalse_IsUnknownMissingFirst()
    {
        // Arrange
        var session = CreateSession(typeof(OrRule));
        session.Insert(new Answers { B = false });
        session.Fire();

        // Act
        var determination = session.Determine<OrHolds>();

        // Assert
        Assert.Equal(Truth.Unknown, determination.Truth);
        Assert.Equal(["answers.a"], determination.MissingVariableIds);
    }

    [Fact]
    public void Determine_SplitConditionsWithFirstUnknownSecondFalse_IsFalseWithNothingMissing()
    {
        // Arrange
        var session = CreateSession(typeof(SplitAndRule));
        session.Insert(new Answers { B = false });
        session.Fire();

        // Act
        var determination = session.Determine<SplitAndHolds>();

        // Assert
        Assert.Equal(Truth.False, determination.Truth);
        Assert.Empty(determination.Missing);
    }

    [Fact]
    public void Determine_UncertainInputThatCouldDecide_ListedAsUncertainNotMissing()
    {
        // Arrange
        var session = CreateSession(typeof(AndRule));
        var answers = new Answers { A = Input<bool>.Uncertain, B = true };
        session.Insert(answers);
        session.Fire();

        // Act
        var determination = session.Determine<AndHolds>();

        // Assert
        Assert.Equal(Truth.Unknown, determination.Truth);
        Assert.Empty(determination.Missing);
        Assert.Empty(determination.MissingVariableIds);
        var uncertain = Assert.Single(determination.Uncertain);
        Assert.Equal("answers.a", uncertain.VariableId);
        Assert.Equal(InputState.Uncertain, uncertain.State);
        Assert.Same(answers, uncertain.Fact);
    }

    [Fact]
    public void Determine_OneUncertainAndOneUnknownInput_SplitsThemBetweenUncertainAndMissing()
    {
        // Arrange
        var session = CreateSession(typeof(AndRule));
        session.Insert(new Answers { A = Input<bool>.Uncertain });
        session.Fire();

        // Act
        var determination = session.Determine<AndHolds>();

        // Assert
        Assert.Equal(Truth.Unknown, determination.Truth);
        Assert.Equal(["answers.b"], determination.MissingVariableIds);
        Assert.Equal("answers.a", Assert.Single(determination.Uncertain).VariableId);
    }

    [Fact]
    public void Determine_UncertainInputBehindFalseConjunct_NotListedAnywhere()
    {
        // Arrange
        var session = CreateSession(typeof(AndRule));
        session.Insert(new Answers { A = Input<bool>.Uncertain, B = false });
        session.Fire();

        // Act
        var determination = session.Determine<AndHolds>();

        // Assert
        Assert.Equal(Truth.False, determination.Truth);
        Assert.Empty(determination.Missing);
        Assert.Empty(determination.Uncertain);
    }

    [Fact]
    public void Determine_TwoFactsWithFilter_DeterminesEachFactSeparately()
    {
        // Arrange
        var session = CreateSession(typeof(AndRule));
        var answered = new Answers { A = true, B = true };
        var unanswered = new Answers { B = true };
        session.InsertAll([answered, unanswered]);
        session.Fire();

        // Act
        var forAnswered = session.Determine<AndHolds>(h => h.Answers == answered);
        var forUnanswered = session.Determine<AndHolds>(h => h.Answers == unanswered);
        var forAny = session.Determine<AndHolds>();

        // Assert
        Assert.Equal(Truth.True, forAnswered.Truth);
        Assert.Equal(Truth.Unknown, forUnanswered.Truth);
        Assert.Equal(["answers.a"], forUnanswered.MissingVariableIds);
        Assert.Equal(Truth.True, forAny.Truth);
        Assert.Empty(forAny.Missing);
    }

    [Fact]
    public void Determine_InputAnsweredStepByStep_MovesFromUnknownToTrueToFalse()
    {
        // Arrange
        var session = CreateSession(typeof(AndRule));
        var answers = new Answers { B = true };
        session.Insert(answers);
        session.Fire();
        var before = session.Determine<AndHolds>();

        // Act
        answers.A = true;
        session.Update(answers);
        session.Fire();
        var afterYes = session.Determine<AndHolds>();
        answers.A = false;
        session.Update(answers);
        session.Fire();
        var afterNo = session.Determine<AndHolds>();

        // Assert
        Assert.Equal(Truth.Unknown, before.Truth);
        Assert.Equal(["answers.a"], before.MissingVariableIds);
        Assert.Equal(Truth.True, afterYes.Truth);
        Assert.Same(answers, Assert.IsType<AndHolds>(Assert.Single(afterYes.Facts)).Answers);
        Assert.Equal(Truth.False, afterNo.Truth);
        Assert.Empty(afterNo.Missing);
        Assert.Empty(session.Query<AndHolds>());
    }

    [Fact]
    public void Determine_ConditionAskingWhetherInputIsKnown_DoesNotReadIt()
    {
        // Arrange
        var session = CreateSession(typeof(UnansweredRule));
        session.Insert(new Answers());
        session.Fire();

        // Act
        var determination = session.Determine<Unanswered>();

        // Assert
        Assert.Equal(Truth.True, determination.Truth);
        Assert.Empty(determination.Missing);
    }

    [Fact]
    public void Determine_PossibleMatchWhoseActionReadsUnknownInput_IsUnknown()
    {
        // Arrange
        var session = CreateSession(typeof(ScoreRule));
        session.Insert(new Answers());
        session.Fire();

        // Act
        var determination = session.Determine<Score>();

        // Assert
        Assert.Equal(Truth.Unknown, determination.Truth);
        Assert.Equal(["answers.points"], determination.MissingVariableIds);
        Assert.Empty(session.Query<Score>());
    }

    [Theory]
    [InlineData(0, Truth.False)]
    [InlineData(3, Truth.True)]
    public void Determine_PossibleMatchWhoseActionReadInputAnswered_IsDetermined(int points, Truth expected)
    {
        // Arrange
        var session = CreateSession(typeof(ScoreRule));
        var answers = new Answers();
        session.Insert(answers);
        session.Fire();

        // Act
        answers.Points = points;
        session.Update(answers);
        session.Fire();

        // Assert
        var determination = session.Determine<Score>();
        Assert.Equal(expected, determination.Truth);
        Assert.Empty(determination.Missing);
    }

    [Fact]
    public void Fire_PossibleMatches_AreNotCountedAsFired()
    {
        // Arrange
        var session = CreateSession(typeof(AndRule));
        session.InsertAll([new Answers(), new Answers { A = true, B = true }]);

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(1, fired);
        Assert.Single(session.Query<AndHolds>());
    }

    private static ISession CreateSession(params Type[] rules)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.NestedTypes().From(rules));
        return repository.CompileThreeValued().CreateSession(AsOf);
    }

    private static Input<bool> ToInput(Answer answer) => answer switch
    {
        Answer.Yes => true,
        Answer.No => false,
        Answer.NotAsked => Input<bool>.Unknown,
        _ => Input<bool>.Uncertain,
    };

    public sealed class Answers
    {
        public Input<bool> A { get; set; }

        public Input<bool> B { get; set; }

        public Input<int> Points { get; set; }
    }

    public sealed record AndHolds(Answers Answers);

    public sealed record SplitAndHolds(Answers Answers);

    public sealed record OrHolds(Answers Answers);

    public sealed record NotHolds(Answers Answers);

    public sealed record NandHolds(Answers Answers);

    public sealed record Unanswered(Answers Answers);

    public sealed record Score(int Points);

    [Name("ThreeValuedLogic.And")]
    public sealed class AndRule : Rule
    {
        public override void Define()
        {
            Answers answers = default!;

            When()
                .Match(() => answers, x => x.A.Value && x.B.Value);
            Then()
                .Yield(ctx => new AndHolds(answers));
        }
    }

    [Name("ThreeValuedLogic.SplitAnd")]
    public sealed class SplitAndRule : Rule
    {
        public override void Define()
        {
            Answers answers = default!;

            When()
                .Match(() => answers, x => x.A.Value, x => x.B.Value);
            Then()
                .Yield(ctx => new SplitAndHolds(answers));
        }
    }

    [Name("ThreeValuedLogic.Or")]
    public sealed class OrRule : Rule
    {
        public override void Define()
        {
            Answers answers = default!;

            When()
                .Match(() => answers, x => x.A.Value || x.B.Value);
            Then()
                .Yield(ctx => new OrHolds(answers));
        }
    }

    [Name("ThreeValuedLogic.Not")]
    public sealed class NotRule : Rule
    {
        public override void Define()
        {
            Answers answers = default!;

            When()
                .Match(() => answers, x => !x.A.Value);
            Then()
                .Yield(ctx => new NotHolds(answers));
        }
    }

    [Name("ThreeValuedLogic.Nand")]
    public sealed class NandRule : Rule
    {
        public override void Define()
        {
            Answers answers = default!;

            When()
                .Match(() => answers, x => !(x.A.Value && x.B.Value));
            Then()
                .Yield(ctx => new NandHolds(answers));
        }
    }

    [Name("ThreeValuedLogic.Unanswered")]
    public sealed class UnansweredRule : Rule
    {
        public override void Define()
        {
            Answers answers = default!;

            When()
                .Match(() => answers, x => !x.A.IsKnown);
            Then()
                .Yield(ctx => new Unanswered(answers));
        }
    }

    [Name("ThreeValuedLogic.Score")]
    public sealed class ScoreRule : Rule
    {
        public override void Define()
        {
            Answers answers = default!;

            When()
                .Match(() => answers, x => x.Points.Value > 0);
            Then()
                .Yield(ctx => new Score(answers.Points.Value));
        }
    }
}
