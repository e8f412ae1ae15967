using System.Net;
using System.Net.Sockets;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace PolicyRules.Bot.Web.Tests;

public sealed class RestApiScreenTests(BotServer server) : IClassFixture<BotServer>
{
    private const string ProblemJson = "application/problem+json";
    private const string Local = "school-enrolment.primary.local";

    // From tests/PolicyRules.Rules.Tests/Cases/school-enrolment/26-3-1-1.yaml: born on the last day of the entry age
    // (eligible), a day later (ineligible), in Chinese labels and in ids; then a row whose hukou is no choice.
    private const string Families = """
        户号,child.stage,child.birthDate,child.hukou
        户001,上小学一年级,2011-08-31,本区（门头沟区）户籍
        户002,primary,2011-09-01,mentougou
        户003,primary,2011-08-31,火星

        """;

    [Fact]
    public async Task Screen_CsvBody_StreamsOneJsonLinePerRowInInputOrderWithTheBadRowInPlace()
    {
        // Arrange
        using var client = server.CreateClient();

        // Act
        var response = await PostAsync(client, "api/screen?date=2017-05-10&key=户号&lang=en", Families, "text/csv");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/x-ndjson", response.MediaType);
        var lines = Lines(response.Body);
        Assert.Equal([2L, 3L, 4L], lines.Select(l => l.GetProperty("row").GetInt64()));
        Assert.Equal(["户001", "户002", "户003"], lines.Select(l => l.GetProperty("key").GetString()));
        Assert.Equal("eligible", Status(lines[0], Local));
        Assert.Equal("ineligible", Status(lines[1], Local));
        var error = Assert.Single(lines[2].GetProperty("errors").EnumerateArray());
        Assert.Equal("child.hukou", error.GetProperty("column").GetString());
        Assert.Contains("one of:", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_AcceptCsv_ReturnsTheCliColumnsWithoutAKeyUnlessOneIsNamed()
    {
        // Arrange
        using var client = server.CreateClient();
        var list = string.Join('\n', Families.Split('\n').Select(line => line.Contains(',', StringComparison.Ordinal) ? line[(line.IndexOf(',', StringComparison.Ordinal) + 1)..] : line));

        // Act
        var response = await PostAsync(client, "api/screen?date=2017-05-10", list, "text/csv", accept: "text/csv");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("text/csv", response.MediaType);
        var rows = response.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, rows.Length);
        Assert.StartsWith($"row,errors,{Local}.status,", rows[0], StringComparison.Ordinal);
        Assert.StartsWith("2,,eligible,", rows[1], StringComparison.Ordinal);
        Assert.DoesNotContain("户00", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_MultipartUploadOfJsonLines_ScreensEachCase()
    {
        // Arrange
        using var client = server.CreateClient();
        using var form = new MultipartFormDataContent
        {
            {
                new StringContent("""
                    {"date":"2017-05-10","facts":{"child.stage":"primary","child.birthDate":"2011-08-31","child.hukou":"mentougou"}}
                    {"date":"2017-05-10","facts":{"child.stage":"primary","child.birthDate":"2011-09-01","child.hukou":"mentougou"}}
                    """, Encoding.UTF8),
                "file", "families.jsonl"
            },
        };

        // Act
        using var sent = await client.PostAsync(new Uri("api/screen", UriKind.Relative), form);
        var lines = Lines(await sent.Content.ReadAsStringAsync());

        // Assert
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal(["eligible", "ineligible"], lines.Select(l => Status(l, Local)));
    }

    [Fact]
    public async Task Screen_UnknownColumn_Is400ProblemBeforeAnyResult()
    {
        // Arrange
        using var client = server.CreateClient();

        // Act
        var response = await PostAsync(client, "api/screen?lang=en", "姓名,child.stage\n张三,primary\n", "text/csv");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(ProblemJson, response.MediaType);
        Assert.Equal("姓名", response.Json.GetProperty("errors")[0].GetProperty("variable").GetString());
        Assert.Contains("policyrules variables", response.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("张三", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json", "2017-05-10", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("text/csv", "10 May 2017", HttpStatusCode.BadRequest)]
    public async Task Screen_WrongMediaTypeOrDate_IsAProblem(string mediaType, string date, HttpStatusCode expected)
    {
        // Arrange
        using var client = server.CreateClient();

        // Act
        var response = await PostAsync(client, $"api/screen?date={Uri.EscapeDataString(date)}", Families, mediaType);

        // Assert
        Assert.Equal(expected, response.Status);
        Assert.Equal(ProblemJson, response.MediaType);
    }

    [Fact]
    public async Task Screen_ResultsStreamBeforeTheListHasArrived()
    {
        // Arrange: HTTP/1.1 by hand, so that the list can be held back half-sent (its first part larger than the CSV
        // reader's buffer) while the results are read
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.BaseAddress.Host, server.BaseAddress.Port);
        var connection = tcp.GetStream();
        await SendAsync(connection, "POST /api/screen?date=2017-05-10 HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\n"
            + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
        await SendChunkAsync(connection, "child.stage,child.birthDate,child.hukou\n" + string.Concat(Enumerable.Repeat("primary,2011-08-31,mentougou\n", 2000)));

        // Act: the first results, while the list is not finished
        var received = new MemoryStream();
        var buffer = new byte[8192];
        while (!Dechunked(received.ToArray()).Contains("\"row\":3,", StringComparison.Ordinal))
        {
            var read = await connection.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.NotEqual(0, read);
            received.Write(buffer, 0, read);
        }

        var beforeTheEnd = Dechunked(received.ToArray());
        await SendChunkAsync(connection, "primary,2011-09-01,mentougou\n");
        await SendAsync(connection, "0\r\n\r\n");
        await connection.CopyToAsync(received).WaitAsync(TimeSpan.FromSeconds(120));
        var results = Lines(Dechunked(received.ToArray()));

        // Assert
        Assert.StartsWith("HTTP/1.1 200", Encoding.ASCII.GetString(received.ToArray(), 0, 12), StringComparison.Ordinal);
        Assert.Equal("eligible", Status(Lines(beforeTheEnd[..beforeTheEnd.LastIndexOf('\n')])[0], Local));
        Assert.Equal(2001, results.Count);
        Assert.Equal(2002, results[^1].GetProperty("row").GetInt64());
        Assert.Equal("ineligible", Status(results[^1], Local));
    }

    [Fact]
    public async Task OpenApi_DescribesTheListBodiesAndTheStreamedResults()
    {
        // Arrange
        using var client = server.CreateClient();

        // Act
        var operation = (await ApiResponse.GetAsync(client, "openapi/v1.json")).Json.GetProperty("paths").GetProperty("/api/screen").GetProperty("post");

        // Assert
        Assert.Equal(["application/x-ndjson", "multipart/form-data", "text/csv"],
            operation.GetProperty("requestBody").GetProperty("content").EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["application/x-ndjson", "text/csv"],
            operation.GetProperty("responses").GetProperty("200").GetProperty("content").EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.All(new[] { "400", "413", "415" }, status =>
            Assert.True(operation.GetProperty("responses").GetProperty(status).GetProperty("content").TryGetProperty("application/problem+json", out _)));
    }

    [Fact]
    public async Task Screen_ListOverTheRequestSizeLimit_Is413Problem()
    {
        // Arrange: the host's limit, lowered so that a small list is over it
        var limited = new BotServer(new Dictionary<string, string?> { ["Host:MaxRequestBodyBytes"] = "200" });
        await limited.InitializeAsync();
        try
        {
            using var client = limited.CreateClient();
            var list = "child.stage,child.birthDate,child.hukou\n" + string.Concat(Enumerable.Repeat("primary,2011-08-31,mentougou\n", 20));

            // Act
            var response = await PostAsync(client, "api/screen?date=2017-05-10", list, "text/csv");

            // Assert
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
            Assert.Equal(ProblemJson, response.MediaType);
        }
        finally
        {
            await limited.DisposeAsync();
        }
    }

    private static async Task<ApiResponse> PostAsync(HttpClient client, string path, string body, string mediaType, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        using var response = await client.SendAsync(request);
        return await ApiResponse.ReadAsync(response);
    }

    private static Task SendAsync(NetworkStream connection, string text) => connection.WriteAsync(Encoding.UTF8.GetBytes(text)).AsTask();

    private static Task SendChunkAsync(NetworkStream connection, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return SendAsync(connection, $"{bytes.Length:X}\r\n{text}\r\n");
    }

    /// <summary>The body of a chunked HTTP/1.1 response, as far as whole chunks of it have arrived.</summary>
    private static string Dechunked(byte[] response)
    {
        var headersEnd = response.AsSpan().IndexOf("\r\n\r\n"u8);
        if (headersEnd < 0)
        {
            return string.Empty;
        }

        var body = new MemoryStream();
        for (var at = headersEnd + 4; ;)
        {
            var lineEnd = response.AsSpan(at).IndexOf("\r\n"u8);
            if (lineEnd < 0)
            {
                break;
            }

            var size = Convert.ToInt32(Encoding.ASCII.GetString(response, at, lineEnd), 16);
            var data = at + lineEnd + 2;
            if (size == 0 || data + size > response.Length)
            {
                break;
            }

            body.Write(response, data, size);
            at = data + size + 2;
        }

        return Encoding.UTF8.GetString(body.ToArray());
    }

    private static List<JsonElement> Lines(string body) =>
        [.. body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement)];

    private static string? Status(JsonElement line, string program) =>
        line.GetProperty("programs").EnumerateArray().Single(p => p.GetProperty("id").GetString() == program).GetProperty("status").GetString();
}
