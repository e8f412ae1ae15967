using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static PolicyRules.Bot.Web.Tests.WireJson;

namespace PolicyRules.Bot.Web.Tests;

/// <summary>A channel's connector service: records the replies the bot posts to <c>/v3/conversations/{id}/activities/…</c>.</summary>
public sealed class FakeConnector : IAsyncLifetime
{
    private WebApplication? _app;

    public ConcurrentQueue<(string Path, JObject Activity)> Received { get; } = new();

    public string ServiceUrl { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        var next = 0;
        _app.MapPost("/v3/conversations/{**rest}", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            Received.Enqueue((request.Path.Value!, ParseJson(await reader.ReadToEndAsync())));
            return Results.Json(new { id = $"reply-{Interlocked.Increment(ref next)}" });
        });
        await _app.StartAsync();
        ServiceUrl = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
