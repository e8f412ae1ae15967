using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PolicyRules.Bot.Hosting;

namespace PolicyRules.Bot.Testing;

/// <summary>
/// The real host on Kestrel at a free localhost port, with in-memory storage, a known Direct Line secret and a clock the
/// test can move. One per test class (xunit class fixture) or created directly.
/// </summary>
public sealed class BotServer : IAsyncLifetime
{
    public const string Secret = "test-directline-secret";

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<WebApplication>? _configureApp;
    private readonly Action<IServiceCollection>? _configureServices;
    private readonly string _environment;
    private WebApplication? _app;

    public BotServer()
        : this([])
    {
    }

    /// <param name="settings">Configuration over the test defaults.</param>
    /// <param name="configureApp">Called on the built host before it starts, e.g. to map a test-only endpoint.</param>
    /// <param name="configureServices">Registers services before the host's own, e.g. screening services with a test area.</param>
    /// <param name="environment">The host's environment: Production, as deployed, unless a test is about development.</param>
    /// <remarks>Internal: xunit wants a class fixture to have one public constructor.</remarks>
    internal BotServer(
        Dictionary<string, string?> settings, Action<WebApplication>? configureApp = null, Action<IServiceCollection>? configureServices = null, string environment = "Production")
    {
        _configureApp = configureApp;
        _configureServices = configureServices;
        _environment = environment;
        _settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Memory",
            ["DirectLine:Secret"] = Secret,
        };
        foreach (var (key, value) in settings)
        {
            _settings[key] = value;
        }
    }

    /// <summary>A server that lets one address start any number of conversations: many simulated people from one machine.</summary>
    public static BotServer WithoutConversationLimit() =>
        new(new Dictionary<string, string?> { ["DirectLine:NewConversationsPerMinute"] = "1000000" });

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero));

    /// <summary>What the host logged, at every level.</summary>
    public LogRecorder Logs { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync()
    {
        _app = BotWebApplication.Create(["--urls", "http://127.0.0.1:0", "--contentRoot", RepositoryPaths.BotProject, "--environment", _environment], builder =>
        {
            builder.Configuration.AddInMemoryCollection(_settings);
            builder.Services.AddSingleton<TimeProvider>(Clock);
            builder.Logging.AddProvider(Logs);
            builder.Logging.AddFilter<LogRecorder>(category: null, LogLevel.Debug);
            _configureServices?.Invoke(builder.Services);
        });
        _configureApp?.Invoke(_app);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    /// <summary>An HTTP client for the server, optionally with <c>Authorization: Bearer</c>.</summary>
    public HttpClient CreateClient(string? bearer = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (bearer is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return client;
    }
}
