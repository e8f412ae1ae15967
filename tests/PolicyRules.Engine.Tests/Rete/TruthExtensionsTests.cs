using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Engine.Tests.Rete;

/// <summary>Kleene's connectives over <see cref="Truth"/>.</summary>
public class TruthExtensionsTests
{
    public static TheoryData<Truth, Truth> AllPairs
    {
        get
        {
            var data = new TheoryData<Truth, Truth>();
            foreach (var left in Enum.GetValues<Truth>())
            {
                foreach (var right in Enum.GetValues<Truth>())
                {
                    data.Add(left, right);
                }
            }

            return data;
        }
    }

    [Theory]
    [InlineData(Truth.True, Truth.True, Truth.True)]
    [InlineData(Truth.True, Truth.Unknown, Truth.Unknown)]
    [InlineData(Truth.True, Truth.False, Truth.False)]
    [InlineData(Truth.Unknown, Truth.True, Truth.Unknown)]
    [InlineData(Truth.Unknown, Truth.Unknown, Truth.Unknown)]
    [InlineData(Truth.Unknown, Truth.False, Truth.False)]
    [InlineData(Truth.False, Truth.True, Truth.False)]
    [InlineData(Truth.False, Truth.Unknown, Truth.False)]
    [InlineData(Truth.False, Truth.False, Truth.False)]
    public void And_AllPairs_FollowsKleeneTable(Truth left, Truth right, Truth expected)
    {
        // Act
        var result = left.And(right);

        // Assert
        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData(Truth.True, Truth.True, Truth.True)]
    [InlineData(Truth.True, Truth.Unknown, Truth.True)]
    [InlineData(Truth.True, Truth.False, Truth.True)]
    [InlineData(Truth.Unknown, Truth.True, Truth.True)]
    [InlineData(Truth.Unknown, Truth.Unknown, Truth.Unknown)]
    [InlineData(Truth.Unknown, Truth.False, Truth.Unknown)]
    [InlineData(Truth.False, Truth.True, Truth.True)]
    [InlineData(Truth.False, Truth.Unknown, Truth.Unknown)]
    [InlineData(Truth.False, Truth.False, Truth.False)]
    public void Or_AllPairs_FollowsKleeneTable(Truth left, Truth right, Truth expected)
    {
        // Act
        var result = left.Or(right);

        // Assert
        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData(Truth.True, Truth.False)]
    [InlineData(Truth.Unknown, Truth.Unknown)]
    [InlineData(Truth.False, Truth.True)]
    public void Not_EachValue_FollowsKleeneTable(Truth value, Truth expected)
    {
        // Act
        var result = value.Not();

        // Assert
        Assert.Equal(expected, result);
        Assert.Equal(value, result.Not());
    }

    [Theory]
    [InlineData(true, Truth.True)]
    [InlineData(false, Truth.False)]
    public void ToTruth_Boolean_MapsToKnownTruth(bool value, Truth expected)
    {
        // Act
        var result = value.ToTruth();

        // Assert
        Assert.Equal(expected, result);
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void AndOr_AllPairs_AreCommutative(Truth left, Truth right)
    {
        // Act
        var and = (left.And(right), right.And(left));
        var or = (left.Or(right), right.Or(left));

        // Assert
        Assert.Equal(and.Item1, and.Item2);
        Assert.Equal(or.Item1, or.Item2);
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Not_AllPairs_SatisfiesDeMorgan(Truth left, Truth right)
    {
        // Act
        var notAnd = left.And(right).Not();
        var notOr = left.Or(right).Not();

        // Assert
        Assert.Equal(left.Not().Or(right.Not()), notAnd);
        Assert.Equal(left.Not().And(right.Not()), notOr);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public void AndOr_KnownValues_AgreeWithBooleanLogic(bool left, bool right)
    {
        // Arrange
        var leftTruth = left.ToTruth();
        var rightTruth = right.ToTruth();

        // Act
        var and = leftTruth.And(rightTruth);
        var or = leftTruth.Or(rightTruth);

        // Assert
        Assert.Equal((left && right).ToTruth(), and);
        Assert.Equal((left || right).ToTruth(), or);
    }
}
