using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace PolicyRules.Bot.Web.Tests;

public sealed class UnexpectedErrorTests : IAsyncLifetime
{
    private const string Secret = "child.birthDate=2011-03-02";

    private readonly BotServer _server = new([], app => app.MapGet("/test/fail", string () => throw new InvalidOperationException(Secret)));

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task UnexpectedException_Is500ProblemWithoutDetails()
    {
        // Arrange
        using var client = _server.CreateClient();

        // Act
        var response = await ApiResponse.GetAsync(client, "test/fail");

        // Assert
        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Equal("application/problem+json", response.MediaType);
        Assert.Equal(StatusCodes.Status500InternalServerError, response.Json.GetProperty("status").GetInt32());
        Assert.True(response.Json.TryGetProperty("traceId", out _));
        Assert.DoesNotContain(Secret, response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", response.Body, StringComparison.Ordinal);
    }
}
