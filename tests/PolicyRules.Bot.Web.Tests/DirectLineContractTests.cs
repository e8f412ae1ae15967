using static PolicyRules.Bot.Web.Tests.WireJson;
using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using Newtonsoft.Json.Linq;

namespace PolicyRules.Bot.Web.Tests;

/// <summary>Direct Line 3.0 as the official clients rely on it (DIRECT-LINE.md §5.1–5.3).</summary>
public sealed class DirectLineContractTests : IAsyncLifetime
{
    private readonly BotServer _server = new();

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task Generating_a_token_needs_the_secret()
    {
        using var anonymous = _server.CreateClient();
        using var noCredential = await anonymous.PostAsync("v3/directline/tokens/generate", null);
        Assert.Equal(HttpStatusCode.Unauthorized, noCredential.StatusCode);

        using var withSecret = _server.CreateClient(BotServer.Secret);
        using var generated = await withSecret.PostAsync("v3/directline/tokens/generate", DirectLineTestClient.Json("""{"user":{"id":"dl_someone"}}"""));
        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        var body = ParseJson(await generated.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrEmpty((string?)body["conversationId"]));
        Assert.Equal(3600, (int)body["expires_in"]!);

        using var withToken = _server.CreateClient((string)body["token"]!);
        using var tokenGeneratingToken = await withToken.PostAsync("v3/directline/tokens/generate", null);
        Assert.Equal(HttpStatusCode.Forbidden, tokenGeneratingToken.StatusCode);
    }

    [Fact]
    public async Task A_generated_token_starts_its_conversation_once_then_refreshes()
    {
        using var withSecret = _server.CreateClient(BotServer.Secret);
        using var generated = await withSecret.PostAsync("v3/directline/tokens/generate", null);
        var token = ParseJson(await generated.Content.ReadAsStringAsync());
        using var client = _server.CreateClient((string)token["token"]!);

        using var first = await client.PostAsync("v3/directline/conversations", null);
        using var second = await client.PostAsync("v3/directline/conversations", null);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var started = ParseJson(await first.Content.ReadAsStringAsync());
        Assert.Equal((string)token["conversationId"]!, (string)started["conversationId"]!);
        var streamUrl = new Uri((string)started["streamUrl"]!);
        Assert.True(streamUrl.IsAbsoluteUri);
        Assert.Equal("ws", streamUrl.Scheme);
        Assert.Contains("t=", streamUrl.Query);

        _server.Clock.Advance(TimeSpan.FromMinutes(15));
        using var refreshed = await client.PostAsync("v3/directline/tokens/refresh", null);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var refresh = ParseJson(await refreshed.Content.ReadAsStringAsync());
        Assert.Equal((string)token["conversationId"]!, (string)refresh["conversationId"]!);
        Assert.NotEqual((string)token["token"]!, (string)refresh["token"]!);
    }

    [Fact]
    public async Task The_bot_greets_first_and_an_empty_poll_keeps_the_watermark()
    {
        using var client = await DirectLineTestClient.StartAsync(_server);
        var greeting = await client.ReadNewAsync();

        Assert.NotEmpty(greeting);
        Assert.All(greeting, a => Assert.Equal("bot", (string?)a["from"]!["role"]));
        Assert.Contains(greeting, a => ((string?)a["text"] ?? string.Empty).Contains("您好", StringComparison.Ordinal));
        Assert.All(greeting, a => Assert.Null(a["replyToId"]));
        Assert.False(string.IsNullOrEmpty(client.Watermark));

        var (status, empty) = await client.GetActivitiesAsync(client.Watermark);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(empty!["activities"]!);
        Assert.Equal(client.Watermark, (string)empty["watermark"]!);
    }

    [Fact]
    public async Task The_locale_of_the_conversation_start_is_honoured()
    {
        using var client = await DirectLineTestClient.StartAsync(_server, locale: "en-US");
        var greeting = await client.ReadNewAsync();
        Assert.Contains(greeting, a => ((string?)a["text"] ?? string.Empty).StartsWith("Hello", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_posted_message_gets_its_id_at_once_and_is_echoed_with_its_clientActivityID()
    {
        using var client = await DirectLineTestClient.StartAsync(_server);
        await client.ReadNewAsync();

        var id = await client.SendAsync("想问孩子上学的事", clientActivityId: "client-42");
        var activities = await client.ReadNewAsync();

        var echo = Assert.Single(activities, a => (string?)a["id"] == id);
        Assert.Equal("user", (string?)echo["from"]!["role"]);
        Assert.Equal("client-42", (string?)echo["channelData"]!["clientActivityID"]);
        Assert.EndsWith("Z", (string)echo["timestamp"]!, StringComparison.Ordinal);
        var replies = activities.Where(a => (string?)a["from"]!["role"] == "bot").ToList();
        Assert.NotEmpty(replies);
        Assert.All(replies, reply => Assert.Equal(id, (string?)reply["replyToId"]));
        Assert.All(replies, reply => Assert.Null(reply["channelData"]?["clientActivityID"]));
        Assert.Contains(replies, reply => reply["channelData"]?["policyRules"]?["question"] is not null);
    }

    [Fact]
    public async Task Watermarks_increase_and_reading_from_an_old_one_replays_what_followed()
    {
        using var client = await DirectLineTestClient.StartAsync(_server);
        await client.ReadNewAsync();
        var afterGreeting = client.Watermark;
        await client.SayAsync("想问孩子上学的事");
        Assert.True(long.Parse(client.Watermark, System.Globalization.CultureInfo.InvariantCulture) > long.Parse(afterGreeting, System.Globalization.CultureInfo.InvariantCulture));

        var (_, replay) = await client.GetActivitiesAsync(afterGreeting);
        Assert.Equal("想问孩子上学的事", (string?)replay!["activities"]![0]!["text"]);
        var (_, everything) = await client.GetActivitiesAsync(null);
        Assert.Equal(client.Watermark, (string)everything!["watermark"]!);
    }

    [Fact]
    public async Task Reconnecting_returns_a_fresh_stream_url_that_carries_the_watermark()
    {
        using var client = await DirectLineTestClient.StartAsync(_server);
        await client.ReadNewAsync();
        using var http = _server.CreateClient(client.Token);
        using var response = await http.GetAsync($"v3/directline/conversations/{client.ConversationId}?watermark={client.Watermark}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = ParseJson(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("ws://", (string)body["streamUrl"]!, StringComparison.Ordinal);
        Assert.Contains($"watermark={client.Watermark}", (string)body["streamUrl"]!, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty((string?)body["token"]));
    }

    [Fact]
    public async Task The_stream_sends_the_backlog_then_new_activities_and_ignores_empty_pings()
    {
        using var client = await DirectLineTestClient.StartAsync(_server);
        await client.ReadNewAsync();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(client.StreamUrl), CancellationToken.None);

        var backlog = await DirectLineTestClient.ReceiveSetAsync(socket);
        Assert.Contains(backlog["activities"]!, a => ((string?)a["text"] ?? string.Empty).Contains("您好", StringComparison.Ordinal));

        await socket.SendAsync(Array.Empty<byte>(), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        var id = await client.SendAsync("想问孩子上学的事");
        var echo = await DirectLineTestClient.ReceiveSetAsync(socket);
        Assert.Equal(id, (string?)echo["activities"]![0]!["id"]);
        Assert.False(string.IsNullOrEmpty((string?)echo["watermark"]));
        var reply = await DirectLineTestClient.ReceiveSetAsync(socket);
        Assert.Equal(id, (string?)reply["activities"]![0]!["replyToId"]);
        Assert.Equal(WebSocketState.Open, socket.State);
    }

    [Fact]
    public async Task A_second_stream_closes_the_first_as_a_collision()
    {
        using var client = await DirectLineTestClient.StartAsync(_server);
        await client.ReadNewAsync();
        using var first = new ClientWebSocket();
        await first.ConnectAsync(new Uri(client.StreamUrl), CancellationToken.None);
        await DirectLineTestClient.ReceiveSetAsync(first);
        using var second = new ClientWebSocket();
        await second.ConnectAsync(new Uri(client.StreamUrl), CancellationToken.None);

        var buffer = new byte[4096];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var closing = await first.ReceiveAsync(buffer, timeout.Token);
        Assert.Equal(WebSocketMessageType.Close, closing.MessageType);
        Assert.Equal("collision", first.CloseStatusDescription);
    }

    [Fact]
    public async Task The_stream_refuses_a_token_for_another_conversation()
    {
        using var mine = await DirectLineTestClient.StartAsync(_server);
        using var theirs = await DirectLineTestClient.StartAsync(_server);
        var url = mine.StreamUrl.Replace(mine.ConversationId, theirs.ConversationId, StringComparison.Ordinal);
        using var socket = new ClientWebSocket();
        var refused = await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(new Uri(url), CancellationToken.None));
        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_takes_the_activity_and_its_files_as_multipart()
    {
        using var client = await DirectLineTestClient.StartAsync(_server);
        await client.ReadNewAsync();
        using var http = _server.CreateClient(client.Token);
        using var form = new MultipartFormDataContent();
        var activityPart = new StringContent("""{"type":"message","from":{"id":"dl_tester"},"channelData":{"clientActivityID":"upload-1"}}""", Encoding.UTF8);
        activityPart.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activityPart, "activity", "blob");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("租房合同"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", "contract.txt");

        using var response = await http.PostAsync($"v3/directline/conversations/{client.ConversationId}/upload?userId=dl_tester", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = (string)ParseJson(await response.Content.ReadAsStringAsync())["id"]!;
        var echo = Assert.Single(await client.ReadNewAsync(), a => (string?)a["id"] == id);
        var attachment = Assert.Single(echo["attachments"]!);
        Assert.Equal("contract.txt", (string?)attachment["name"]);
        Assert.StartsWith("data:text/plain;base64,", (string)attachment["contentUrl"]!, StringComparison.Ordinal);
        Assert.Equal("upload-1", (string?)echo["channelData"]!["clientActivityID"]);
    }

    [Fact]
    public async Task An_expired_token_is_refused_with_403()
    {
        using var client = await DirectLineTestClient.StartAsync(_server);
        _server.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        var (status, _) = await client.GetActivitiesAsync(null);
        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task A_token_for_another_conversation_is_refused_with_403()
    {
        using var mine = await DirectLineTestClient.StartAsync(_server);
        using var theirs = await DirectLineTestClient.StartAsync(_server);
        using var http = _server.CreateClient(mine.Token);
        using var response = await http.GetAsync($"v3/directline/conversations/{theirs.ConversationId}/activities");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_conversation_is_404()
    {
        using var http = _server.CreateClient(BotServer.Secret);
        using var activities = await http.GetAsync("v3/directline/conversations/no-such-conversation/activities");
        using var reconnect = await http.GetAsync("v3/directline/conversations/no-such-conversation");
        Assert.Equal(HttpStatusCode.NotFound, activities.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, reconnect.StatusCode);
    }

    [Fact]
    public async Task A_malformed_activity_is_refused_with_a_message_naming_the_problem()
    {
        using var client = await DirectLineTestClient.StartAsync(_server);
        using var http = _server.CreateClient(client.Token);
        using var notJson = await http.PostAsync($"v3/directline/conversations/{client.ConversationId}/activities", DirectLineTestClient.Json("{\"type\":"));
        using var noType = await http.PostAsync($"v3/directline/conversations/{client.ConversationId}/activities", DirectLineTestClient.Json("""{"text":"hi"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Contains("not a JSON activity", await notJson.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noType.StatusCode);
        Assert.Contains("'type'", await noType.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pages_language_event_switches_the_bot_to_English()
    {
        using var client = await DirectLineTestClient.StartAsync(_server);
        await client.ReadNewAsync();
        await client.SayAsync("想问孩子上学的事");
        using var http = _server.CreateClient(client.Token);
        using var posted = await http.PostAsync(
            $"v3/directline/conversations/{client.ConversationId}/activities",
            DirectLineTestClient.Json("""{"type":"event","name":"policyrules/setLanguage","value":"en","from":{"id":"dl_tester"}}"""));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);

        var replies = (await client.ReadNewAsync()).Where(a => (string?)a["from"]!["role"] == "bot").ToList();

        Assert.Contains(replies, a => ((string?)a["text"] ?? string.Empty).Contains("English", StringComparison.Ordinal));
        Assert.Contains(replies, a => ((string?)a["text"] ?? string.Empty).Contains("Is the child starting primary school", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Typing_from_the_user_is_acknowledged_but_not_kept()
    {
        using var client = await DirectLineTestClient.StartAsync(_server);
        await client.ReadNewAsync();
        using var http = _server.CreateClient(client.Token);
        using var response = await http.PostAsync($"v3/directline/conversations/{client.ConversationId}/activities", DirectLineTestClient.Json("""{"type":"typing","from":{"id":"dl_tester"}}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await client.ReadNewAsync());
    }
}
