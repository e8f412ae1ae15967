using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PolicyRules.Bot.Web.Tests;

/// <summary>The chat page's files: precompressed copies from the build, a year's cache for the Web Chat bundle, a favicon.</summary>
public sealed partial class ChatPageFilesTests(BotServer server) : IClassFixture<BotServer>
{
    private static readonly string WebRoot = Path.Combine(RepositoryPaths.BotProject, "wwwroot");

    private static string BundleAddress => $"lib/webchat.js?v={PinnedWebChatVersion()}";

    [Fact]
    public async Task WebChatBundle_BrowserAcceptsBrotli_IsServedPrecompressedAndKeptForAYear()
    {
        // Arrange
        using var client = server.CreateClient();

        // Act
        using var response = await GetAsync(client, BundleAddress, "gzip, deflate, br, zstd");
        var body = await response.Content.ReadAsByteArrayAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.True(body.Length < 1_000_000, $"The compressed bundle is {body.Length:N0} bytes.");
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(WebRoot, "lib", "webchat.js")), Decompress(new BrotliStream(new MemoryStream(body), CompressionMode.Decompress)));
    }

    [Fact]
    public async Task WebChatBundle_BrowserAcceptsOnlyGzip_IsServedGzipped()
    {
        // Arrange
        using var client = server.CreateClient();

        // Act
        using var response = await GetAsync(client, BundleAddress, "gzip");
        var body = await response.Content.ReadAsByteArrayAsync();

        // Assert
        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(WebRoot, "lib", "webchat.js")), Decompress(new GZipStream(new MemoryStream(body), CompressionMode.Decompress)));
    }

    [Fact]
    public async Task WebChatBundle_NoAcceptEncoding_IsServedAsItIs()
    {
        // Arrange
        using var client = server.CreateClient();

        // Act
        using var response = await GetAsync(client, BundleAddress, acceptEncoding: null);

        // Assert
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal(new FileInfo(Path.Combine(WebRoot, "lib", "webchat.js")).Length, response.Content.Headers.ContentLength);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
    }

    [Fact]
    public async Task Page_IsCompressedAndRevalidatedOnEveryLoad()
    {
        // Arrange
        using var client = server.CreateClient();
        using var first = await GetAsync(client, "", "br");

        // Act
        using var request = new HttpRequestMessage(HttpMethod.Get, "");
        request.Headers.AcceptEncoding.ParseAdd("br");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var again = await client.SendAsync(request);

        // Assert
        Assert.Equal(["br"], first.Content.Headers.ContentEncoding);
        Assert.Equal("text/html", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", first.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Fact]
    public async Task Page_AsksForTheWebChatVersionPinnedInPackageJson()
    {
        // A year's cache is safe only while a new bundle has a new address.
        var page = await File.ReadAllTextAsync(Path.Combine(WebRoot, "index.html"));

        var script = BundleScript().Match(page);

        Assert.True(script.Success, "index.html has no <script src=\"lib/webchat.js?v=…\">.");
        Assert.Equal(PinnedWebChatVersion(), script.Groups["version"].Value);
    }

    [Fact]
    public async Task WebChatBundle_IsThePinnedVersion()
    {
        // The bundle is committed (WebChat.targets); its build names its version.
        var bundle = await File.ReadAllTextAsync(Path.Combine(WebRoot, "lib", "webchat.js"));

        Assert.Contains($"\"botframework-webchat:bundle:version\",\"{PinnedWebChatVersion()}\"", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Favicon_IsLinkedAndServed()
    {
        // Arrange
        using var client = server.CreateClient();
        var page = await File.ReadAllTextAsync(Path.Combine(WebRoot, "index.html"));

        // Act
        using var response = await GetAsync(client, "favicon.svg", acceptEncoding: null);

        // Assert
        Assert.Contains("<link rel=\"icon\" href=\"favicon.svg\" type=\"image/svg+xml\">", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ApiResponses_AreNeverCompressed()
    {
        // Tokens and answers are never compressed beside text a client chooses (BREACH).
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/chat/token");
        request.Headers.AcceptEncoding.ParseAdd("br, gzip");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string address, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        if (acceptEncoding is not null)
        {
            request.Headers.AcceptEncoding.ParseAdd(acceptEncoding);
        }

        return await client.SendAsync(request);
    }

    private static byte[] Decompress(Stream decompressing)
    {
        using var output = new MemoryStream();
        using (decompressing)
        {
            decompressing.CopyTo(output);
        }

        return output.ToArray();
    }

    private static string PinnedWebChatVersion()
    {
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.BotProject, "web", "package.json")));
        return package.RootElement.GetProperty("dependencies").GetProperty("botframework-webchat").GetString()!;
    }

    [GeneratedRegex("<script src=\"lib/webchat\\.js\\?v=(?<version>[^\"]+)\"")]
    private static partial Regex BundleScript();
}
