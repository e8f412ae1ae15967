namespace PolicyRules.Bot.Web.Tests;

/// <summary>The Direct Line secret the host generates when none is configured is kept where only its own user can read it.</summary>
public sealed class DirectLineSecretFileTests : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("policyrules-secret-").FullName;

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_generated_secret_is_readable_by_the_service_user_only()
    {
        var server = new BotServer(new Dictionary<string, string?> { ["DirectLine:Secret"] = string.Empty, ["Host:DataDirectory"] = _dataDirectory });
        await server.InitializeAsync();
        HttpResponseMessage token;
        try
        {
            using var client = server.CreateClient();
            token = await client.PostAsync("api/chat/token", null);
        }
        finally
        {
            await server.DisposeAsync();
        }

        var file = Path.Combine(_dataDirectory, "directline.secret");
        Assert.True(token.IsSuccessStatusCode);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.NotEmpty(await File.ReadAllTextAsync(file));
    }
}
