using PolicyRules.Engine.Evaluation;
using PolicyRules.Engine.Rete;
using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine.Tests.Rete;

/// <summary>The immutable set of unanswered inputs behind an unknown match; null is the empty set.</summary>
public class UnknownSetTests
{
    private static readonly object Person = new();
    private static readonly object Household = new();
    private static readonly MissingInput Age = new(new VariableReference("person.age", typeof(object), "Age"), Person, InputState.Unknown);
    private static readonly MissingInput Income = new(new VariableReference("household.income", typeof(object), "Income"), Household, InputState.Unknown);
    private static readonly MissingInput Resident = new(new VariableReference("person.isResident", typeof(object), "IsResident"), Person, InputState.Uncertain);

    [Fact]
    public void Of_EmptyList_IsNull()
    {
        // Arrange
        var items = new List<MissingInput>();

        // Act
        var set = UnknownSet.Of(items);

        // Assert
        Assert.Null(set);
    }

    [Fact]
    public void Of_ListWithRepeats_KeepsEachInputOnceInFirstOrder()
    {
        // Arrange
        var repeatedAge = new MissingInput(new VariableReference("person.age", typeof(object), "Age"), Person, InputState.Unknown);
        var items = new List<MissingInput> { Income, Age, repeatedAge, Income };

        // Act
        var set = UnknownSet.Of(items);

        // Assert
        Assert.Equal([Income, Age], set!.Items);
    }

    [Fact]
    public void Of_SameVariableOfTwoFacts_KeepsBoth()
    {
        // Arrange
        var otherPerson = new MissingInput(Age.Variable, new object(), InputState.Unknown);

        // Act
        var set = UnknownSet.Of([Age, otherPerson]);

        // Assert
        Assert.Equal(2, set!.Items.Length);
    }

    [Fact]
    public void Union_BothNull_IsNull()
    {
        // Arrange
        UnknownSet? left = null;

        // Act
        var union = UnknownSet.Union(left, null);

        // Assert
        Assert.Null(union);
    }

    [Fact]
    public void Union_WithNullOnEitherSide_ReturnsOtherSetItself()
    {
        // Arrange
        var set = UnknownSet.Of([Age]);

        // Act
        var leftNull = UnknownSet.Union(null, set);
        var rightNull = UnknownSet.Union(set, null);

        // Assert
        Assert.Same(set, leftNull);
        Assert.Same(set, rightNull);
    }

    [Fact]
    public void Union_WithItself_ReturnsSameSet()
    {
        // Arrange
        var set = UnknownSet.Of([Age, Income]);

        // Act
        var union = UnknownSet.Union(set, set);

        // Assert
        Assert.Same(set, union);
    }

    [Fact]
    public void Union_DisjointSets_LeftItemsThenRightItems()
    {
        // Arrange
        var left = UnknownSet.Of([Age]);
        var right = UnknownSet.Of([Income, Resident]);

        // Act
        var union = UnknownSet.Union(left, right);

        // Assert
        Assert.Equal([Age, Income, Resident], union!.Items);
        Assert.Equal([Age], left!.Items);
        Assert.Equal([Income, Resident], right!.Items);
    }

    [Fact]
    public void Union_OverlappingSets_NoRepeats()
    {
        // Arrange
        var left = UnknownSet.Of([Age, Income]);
        var right = UnknownSet.Of([Income, Resident]);

        // Act
        var union = UnknownSet.Union(left, right);

        // Assert
        Assert.Equal([Age, Income, Resident], union!.Items);
    }

    [Fact]
    public void Union_RightIsSubsetOfLeft_ReturnsLeftItself()
    {
        // Arrange
        var left = UnknownSet.Of([Age, Income]);
        var right = UnknownSet.Of([Income]);

        // Act
        var union = UnknownSet.Union(left, right);

        // Assert
        Assert.Same(left, union);
    }

    [Fact]
    public void AreEqual_NullsAndSameInstance_AreEqual()
    {
        // Arrange
        var set = UnknownSet.Of([Age]);

        // Act
        var bothNull = UnknownSet.AreEqual(null, null);
        var same = UnknownSet.AreEqual(set, set);

        // Assert
        Assert.True(bothNull);
        Assert.True(same);
    }

    [Fact]
    public void AreEqual_SameItemsInSameOrder_AreEqual()
    {
        // Arrange
        var left = UnknownSet.Of([Age, Income]);
        var right = UnknownSet.Of([Age, Income]);

        // Act
        var equal = UnknownSet.AreEqual(left, right);

        // Assert
        Assert.True(equal);
    }

    [Fact]
    public void AreEqual_NullAgainstNonEmptyOrDifferentItems_NotEqual()
    {
        // Arrange
        var set = UnknownSet.Of([Age]);
        var other = UnknownSet.Of([Income]);

        // Act
        var leftNull = UnknownSet.AreEqual(null, set);
        var rightNull = UnknownSet.AreEqual(set, null);
        var different = UnknownSet.AreEqual(set, other);

        // Assert
        Assert.False(leftNull);
        Assert.False(rightNull);
        Assert.False(different);
    }
}
