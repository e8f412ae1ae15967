using System.Net;
using System.Text.Json;

namespace PolicyRules.Bot.Web.Tests;

public sealed class RestApiListingTests(BotServer server) : IClassFixture<BotServer>
{
    [Fact]
    public async Task Programs_ListsEachProgramWithItsOfficeAndCitation()
    {
        // Arrange
        using var client = server.CreateClient();

        // Act
        var response = await ApiResponse.GetAsync(client, "api/programs");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.MediaType);
        var program = response.Json.EnumerateArray().Single(p => p.GetProperty("id").GetString() == "school-enrolment.primary.non-beijing");
        Assert.Equal("school-enrolment", program.GetProperty("area").GetString());
        Assert.Equal("居住地所在街道办事处或乡镇人民政府", program.GetProperty("office").GetString());
        Assert.Equal("门政办发〔2017〕27号", program.GetProperty("citation").GetProperty("document").GetString());
        Assert.False(string.IsNullOrEmpty(program.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task Programs_LangEn_HasEnglishTitles()
    {
        // Arrange
        using var client = server.CreateClient();

        // Act
        var response = await ApiResponse.GetAsync(client, "api/programs?lang=en");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.Status);
        var program = response.Json.EnumerateArray().Single(p => p.GetProperty("id").GetString() == "school-enrolment.primary.local");
        Assert.StartsWith("Primary entry", program.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Variables_ListsEveryVariableWithTypeQuestionAndPrograms()
    {
        // Arrange
        using var client = server.CreateClient();

        // Act
        var response = await ApiResponse.GetAsync(client, "api/variables?lang=en");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.Status);
        var variables = response.Json.EnumerateArray().ToArray();
        Assert.Contains(variables, v => v.GetProperty("id").GetString() == "residence.leaseSignedDate");
        var hukou = variables.Single(v => v.GetProperty("id").GetString() == "child.hukou");
        Assert.Equal("choice", hukou.GetProperty("type").GetString());
        Assert.Equal("Where is the child's hukou registered?", hukou.GetProperty("question").GetString());
        Assert.Contains(hukou.GetProperty("choices").EnumerateArray(), c => c.GetProperty("value").GetString() == "outsideBeijing");
        Assert.Contains("school-enrolment.primary.local", hukou.GetProperty("programs").EnumerateArray().Select(p => p.GetString()));
        var birthDate = variables.Single(v => v.GetProperty("id").GetString() == "child.birthDate");
        Assert.Equal("date", birthDate.GetProperty("type").GetString());
        Assert.False(birthDate.TryGetProperty("choices", out _));
    }

    [Fact]
    public async Task Variables_ForAProgram_ListsOnlyVariablesThatProgramReads()
    {
        // Arrange
        using var client = server.CreateClient();

        // Act
        var response = await ApiResponse.GetAsync(client, "api/variables?program=school-enrolment.primary.local");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.Status);
        var ids = response.Json.EnumerateArray().Select(v => v.GetProperty("id").GetString()).ToArray();
        Assert.Contains("child.birthDate", ids);
        Assert.Contains("family.ownsTitledHomeInDistrict", ids);
        Assert.DoesNotContain("residence.leaseSignedDate", ids);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public async Task Variables_UnknownProgram_Is400ProblemNamingIt()
    {
        // Arrange
        using var client = server.CreateClient();

        // Act
        var response = await ApiResponse.GetAsync(client, "api/variables?program=school-enrolment.nope&lang=en");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("application/problem+json", response.MediaType);
        Assert.Equal("program: There is no program 'school-enrolment.nope'; `policyrules programs` lists them.",
            response.Json.GetProperty("detail").GetString());
        Assert.Equal("program", Assert.Single(response.Json.GetProperty("errors").EnumerateArray()).GetProperty("variable").GetString());
    }

    [Theory]
    [InlineData("api/programs?lang=de")]
    [InlineData("api/variables?lang=de")]
    public async Task Listings_UnsupportedLang_Is400Problem(string path)
    {
        // Arrange
        using var client = server.CreateClient();

        // Act
        var response = await ApiResponse.GetAsync(client, path);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(JsonValueKind.String, response.Json.GetProperty("detail").ValueKind);
    }
}
