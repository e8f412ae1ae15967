using System.Text.Json;
using PolicyRules.Engine.Evaluation;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Screening.Tests;

public sealed class AnswerReaderTests
{
    private static readonly DateOnly AsOf = new(2017, 5, 10);
    private static readonly VariableRegistry Variables = ScreeningServices.Default.Eligibility.Variables;

    [Theory]
    [InlineData("child.birthDate", "\"2011-08-31\"", "2011-08-31")]
    [InlineData("child.hukou", "\"outsideBeijing\"", "OutsideBeijing")]
    [InlineData("family.singleParent", "true", "True")]
    [InlineData("residence.leaseTermMonths", "6", "6")]
    public void Read_ValueOfTheRightType_IsKnown(string id, string json, string expected)
    {
        // Act
        var answers = Read(id, json);

        // Assert
        Assert.Equal(InputState.Known, answers[id].State);
        Assert.Equal(expected, answers[id].Value switch
        {
            DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            var value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"uncertain\"")]
    public void Read_NullOrUncertain_RecordsDoesNotKnow(string json)
    {
        // Act
        var answers = Read("child.hukou", json);

        // Assert
        Assert.Equal(InputState.Uncertain, answers["child.hukou"].State);
    }

    [Theory]
    [InlineData("child.birthDate", "\"31.08.2011\"")]
    [InlineData("child.birthDate", "20110831")]
    [InlineData("family.singleParent", "\"yes\"")]
    [InlineData("residence.leaseTermMonths", "6.5")]
    [InlineData("residence.leaseTermMonths", "\"6\"")]
    [InlineData("child.hukou", "\"Mentougou District\"")]
    public void Read_WrongType_IsRejectedNamingTheVariable(string id, string json)
    {
        // Act
        var error = Assert.Throws<InvalidInputException>(() => Read(id, json));

        // Assert
        Assert.Equal(id, Assert.Single(error.Errors).Variable);
    }

    [Fact]
    public void Read_SeveralMistakes_ReportsThemAllAtOnce()
    {
        // Arrange
        var facts = new Dictionary<string, JsonElement>
        {
            ["child.birthDate"] = Json("\"2018-01-01\""),
            ["nobody.knows"] = Json("1"),
            ["residence.leaseTermMonths"] = Json("-3"),
        };

        // Act
        var error = Assert.Throws<InvalidInputException>(() => new AnswerReader(Variables).Read(facts, AsOf));

        // Assert
        Assert.Equal(["child.birthDate", "nobody.knows", "residence.leaseTermMonths"], error.Errors.Select(e => e.Variable).Order(StringComparer.Ordinal));
        Assert.All(error.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.MessageEn)));
    }

    [Theory]
    [InlineData("1200", false)]
    [InlineData("1201", true)]
    [InlineData("0", false)]
    [InlineData("-1", true)]
    public void Read_MonthCount_BoundsAreInclusive(string json, bool rejected)
    {
        // Act
        var read = () => Read("residence.leaseTermMonths", json);

        // Assert
        if (rejected)
        {
            Assert.Throws<InvalidInputException>(read);
        }
        else
        {
            Assert.Equal(InputState.Known, read()["residence.leaseTermMonths"].State);
        }
    }

    private static IReadOnlyDictionary<string, Answer> Read(string id, string json) =>
        new AnswerReader(Variables).Read(new Dictionary<string, JsonElement> { [id] = Json(json) }, AsOf);

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
