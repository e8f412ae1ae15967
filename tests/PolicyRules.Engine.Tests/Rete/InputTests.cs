using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Engine.Tests.Rete;

/// <summary>Input&lt;T&gt;: known with a value, unknown (the default) or uncertain.</summary>
public class InputTests
{
    [Fact]
    public void Default_NotSet_IsUnknown()
    {
        // Arrange
        Input<int> input = default;

        // Act
        var state = input.State;

        // Assert
        Assert.Equal(InputState.Unknown, state);
        Assert.False(input.IsKnown);
        Assert.Equal(Input<int>.Unknown, input);
    }

    [Fact]
    public void Uncertain_Created_IsUncertainAndNotKnown()
    {
        // Act
        var input = Input<int>.Uncertain;

        // Assert
        Assert.Equal(InputState.Uncertain, input.State);
        Assert.False(input.IsKnown);
    }

    [Fact]
    public void ImplicitConversion_FromValue_IsKnownWithThatValue()
    {
        // Act
        Input<int> input = 42;

        // Assert
        Assert.True(input.IsKnown);
        Assert.Equal(InputState.Known, input.State);
        Assert.Equal(42, input.Value);
        Assert.Equal(Input<int>.Known(42), input);
    }

    [Fact]
    public void Known_DefaultValueOfType_IsStillKnown()
    {
        // Act
        var input = Input<int>.Known(0);

        // Assert
        Assert.True(input.IsKnown);
        Assert.Equal(0, input.Value);
        Assert.NotEqual(Input<int>.Unknown, input);
    }

    [Theory]
    [InlineData(InputState.Unknown)]
    [InlineData(InputState.Uncertain)]
    public void Value_NotKnown_ThrowsNamingTypeAndState(InputState state)
    {
        // Arrange
        var input = state == InputState.Unknown ? Input<int>.Unknown : Input<int>.Uncertain;

        // Act
        var error = Record.Exception(() => input.Value);

        // Assert
        var notKnown = Assert.IsType<InputNotKnownException>(error);
        Assert.Equal(typeof(int), notKnown.ValueType);
        Assert.Equal(state, notKnown.State);
        Assert.Contains(state.ToString().ToLowerInvariant(), notKnown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryGetValue_Known_ReturnsTrueAndValue()
    {
        // Arrange
        Input<string> input = "Li";

        // Act
        var found = input.TryGetValue(out var value);

        // Assert
        Assert.True(found);
        Assert.Equal("Li", value);
    }

    [Theory]
    [InlineData(InputState.Unknown)]
    [InlineData(InputState.Uncertain)]
    public void TryGetValue_NotKnown_ReturnsFalse(InputState state)
    {
        // Arrange
        var input = state == InputState.Unknown ? Input<int>.Unknown : Input<int>.Uncertain;

        // Act
        var found = input.TryGetValue(out _);

        // Assert
        Assert.False(found);
    }

    [Fact]
    public void GetValueOrDefault_KnownOrNot_ReturnsValueOrFallback()
    {
        // Arrange
        Input<int> known = 7;

        // Act
        var fromKnown = known.GetValueOrDefault(-1);
        var fromUnknown = Input<int>.Unknown.GetValueOrDefault(-1);
        var fromUncertain = Input<int>.Uncertain.GetValueOrDefault(-1);

        // Assert
        Assert.Equal(7, fromKnown);
        Assert.Equal(-1, fromUnknown);
        Assert.Equal(-1, fromUncertain);
    }

    [Fact]
    public void Map_Known_AppliesFunction()
    {
        // Arrange
        Input<int> birthYear = 2011;

        // Act
        var age = birthYear.Map(year => 2017 - year);

        // Assert
        Assert.Equal(Input<int>.Known(6), age);
    }

    [Theory]
    [InlineData(InputState.Unknown)]
    [InlineData(InputState.Uncertain)]
    public void Map_NotKnown_KeepsStateWithoutCallingFunction(InputState state)
    {
        // Arrange
        var input = state == InputState.Unknown ? Input<int>.Unknown : Input<int>.Uncertain;
        var called = false;

        // Act
        var mapped = input.Map(v =>
        {
            called = true;
            return v.ToString(System.Globalization.CultureInfo.InvariantCulture);
        });

        // Assert
        Assert.Equal(state, mapped.State);
        Assert.False(called);
    }

    [Fact]
    public void Equals_SameOrDifferentStateAndValue_ComparesStateThenKnownValue()
    {
        // Arrange
        Input<int> one = 1;
        Input<int> otherOne = 1;
        Input<int> two = 2;

        // Act
        var sameValue = one == otherOne;
        var differentValue = one != two;
        var unknowns = Input<int>.Unknown == Input<int>.Unknown;
        var unknownVersusUncertain = Input<int>.Unknown != Input<int>.Uncertain;

        // Assert
        Assert.True(sameValue);
        Assert.True(differentValue);
        Assert.True(unknowns);
        Assert.True(unknownVersusUncertain);
        Assert.Equal(one.GetHashCode(), otherOne.GetHashCode());
        Assert.True(one.Equals((object)otherOne));
        Assert.False(one.Equals((object)1));
    }

    [Fact]
    public void ToString_EachState_ShowsValueOrState()
    {
        // Arrange
        Input<string> known = "Li";
        var knownNull = Input<string>.Known(null!);

        // Act
        var texts = new[] { known.ToString(), knownNull.ToString(), Input<string>.Unknown.ToString(), Input<string>.Uncertain.ToString() };

        // Assert
        Assert.Equal(["Li", "null", "(unknown)", "(uncertain)"], texts);
    }
}
