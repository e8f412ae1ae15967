using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PolicyRules.Bot.Api;
using PolicyRules.Bot.Builder;
using PolicyRules.Bot.Builder.State;
using PolicyRules.Bot.Channels;
using PolicyRules.Bot.Conversation;
using PolicyRules.Bot.DirectLine;
using PolicyRules.Bot.Staff;
using PolicyRules.Bot.Storage;
using PolicyRules.Screening;
using PolicyRules.Screening.Catalog;
using PolicyRules.Screening.Permits;

namespace PolicyRules.Bot.Hosting;

/// <summary>The web host: the chat page, Direct Line 3.0, <c>/api/messages</c> and the REST API over one bot.</summary>
public static class BotWebApplication
{
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // The application is this assembly even when a test process hosts it: its static web assets manifests (below,
        // and the SDK's in development) are found by this name.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(BotWebApplication).Assembly.GetName().Name });
        if (!builder.Environment.IsDevelopment())
        {
            // Run from a build rather than a publish (tests, `dotnet bin/…/PolicyRules.Bot.dll`): the compressed copies of
            // wwwroot's files are in obj/, and the build's manifest maps them into the web root. Published, there is no
            // such manifest and this does nothing.
            builder.WebHost.UseStaticWebAssets();
        }

        configure?.Invoke(builder);
        AddServices(builder.Services, builder.Configuration, builder.Environment);
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
            kestrel.Limits.MaxRequestBodySize = context.Configuration.GetSection(BotHostOptions.Section).Get<BotHostOptions>()?.MaxRequestBodyBytes ?? new BotHostOptions().MaxRequestBodyBytes);

        var app = builder.Build();

        // Diagnostics would log the exception's message, which can quote a person's answers; UnexpectedErrorHandler logs without it.
        app.UseExceptionHandler(new ExceptionHandlerOptions { SuppressDiagnosticsCallback = _ => true });

        // A status answered without a body (415 from routing when the Content-Type is not JSON, 404 for no such path) gets a problem.
        app.UseStatusCodePages();
        app.UseMiddleware<ClientDisconnectMiddleware>();
        app.UseChatPageFiles();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.UseCors();
        app.UseRateLimiter();
        app.MapDirectLine();
        app.MapBotMessages();
        app.MapChatPage();
        app.MapRestApi();
        app.MapStaffConsole();
        app.MapSearchApi();
        app.MapPermitApi();
        app.MapOpenApi();
        return app;
    }

    private static void AddServices(IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.Configure<BotHostOptions>(configuration.GetSection(BotHostOptions.Section));
        services.PostConfigure<BotHostOptions>(options => options.DataDirectory = Path.GetFullPath(options.DataDirectory, environment.ContentRootPath));
        services.Configure<StorageOptions>(configuration.GetSection(StorageOptions.Section));
        services.Configure<DirectLineOptions>(configuration.GetSection(DirectLineOptions.Section));
        services.AddOptions<ChannelOptions>().Bind(configuration.GetSection(ChannelOptions.Section))
            .Validate(options => ChannelOptions.IsTrustedMetadataUrl(options.OpenIdMetadataUrl), "Channels:OpenIdMetadataUrl must be an https:// address (http:// only on this machine, e.g. for tests).")
            .ValidateOnStart();
        services.Configure<ParameterOptions>(configuration.GetSection(ParameterOptions.Section));
        services.Configure<StaffOptions>(configuration.GetSection(StaffOptions.Section));

        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            if (context.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType)
            {
                context.ProblemDetails.Detail ??= "The body must be JSON: send it with Content-Type: application/json.";
            }
        });
        services.AddExceptionHandler<StorageUnavailableHandler>();
        services.AddExceptionHandler<UnexpectedErrorHandler>();
        services.AddRestApiOpenApi();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(CreateStorage);
        services.TryAddSingleton<IStorage>(provider => provider.GetRequiredService<IExpiringStorage>());
        services.TryAddSingleton(provider => provider.GetRequiredService<IExpiringStorage>() as ITranscriptStore
            ?? throw new InvalidOperationException($"The storage {provider.GetRequiredService<IExpiringStorage>().GetType().Name} does not keep transcripts; Direct Line needs an {nameof(ITranscriptStore)}."));
        services.AddSingleton<PostgresDataSource>();
        services.Configure<ConversationOptions>(configuration.GetSection(ConversationOptions.Section));
        services.AddHostedService<ConversationExpiryService>();
        services.AddSingleton(provider => new ConversationState(provider.GetRequiredService<IStorage>()));
        // A test may register its own ScreeningServices (with an area of its own) before this runs.
        services.TryAddSingleton(provider =>
        {
            var file = provider.GetRequiredService<IOptions<ParameterOptions>>().Value.OperatorFile;
            return string.IsNullOrWhiteSpace(file)
                ? ScreeningServices.Default
                : ScreeningServices.Create(Path.GetFullPath(file, environment.ContentRootPath));
        });
        services.AddSingleton(provider => provider.GetRequiredService<ScreeningServices>().Eligibility);
        services.AddSingleton<IEligibilityService>(provider => provider.GetRequiredService<EligibilityService>());
        services.AddSingleton<IPolicyCatalog>(provider => provider.GetRequiredService<ScreeningServices>().Catalog);
        services.AddSingleton(PermitRegister.Default);
        services.AddPolicySearch(configuration, environment);
        services.AddSingleton<IBot>(provider => new PolicyBot(
            provider.GetRequiredService<ConversationState>(),
            provider.GetRequiredService<IEligibilityService>(),
            provider.GetRequiredService<IPolicyCatalog>(),
            provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<HostedBotAdapter>();
        services.AddSingleton<ChannelTokenValidator>();
        services.AddSingleton<ChannelAuthenticator>();
        services.AddHttpClient(nameof(ConnectorReplies));

        services.AddSingleton<DirectLineSecret>();
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineAuth>();
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<ClientActivityIds>();
        services.AddSingleton<DirectLineTurns>();
        services.AddNewConversationLimit();
        services.AddOptions<DirectLineOptions>().Validate(options => options.AllowedOrigins.All(DirectLineCors.IsWebOrigin), DirectLineCors.OriginRule).ValidateOnStart();
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<DirectLineOptions>>((cors, directLine) =>
            cors.AddPolicy(DirectLineEndpoints.CorsPolicy, DirectLineCors.Policy(directLine.Value.AllowedOrigins, environment.IsDevelopment())));
    }

    private static IExpiringStorage CreateStorage(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
        var time = provider.GetRequiredService<TimeProvider>();
        switch (options.Provider)
        {
            case StorageProvider.Memory:
                return new MemoryStorage(time);
            case StorageProvider.Sqlite:
                var directory = provider.GetRequiredService<IOptions<BotHostOptions>>().Value.DataDirectory;
                Directory.CreateDirectory(directory);
                return new SqliteStorage(Path.Combine(directory, options.SqliteFile), time);
            case StorageProvider.Postgres when !string.IsNullOrWhiteSpace(options.PostgresConnectionString):
                return new PostgresStorage(provider.GetRequiredService<PostgresDataSource>().DataSource, time);
            case StorageProvider.Postgres:
                throw new InvalidOperationException("Storage:Provider is Postgres but Storage:PostgresConnectionString is empty; set it (e.g. Storage__PostgresConnectionString=\"Host=…;Database=…;Username=…;Password=…\").");
            default:
                throw new InvalidOperationException($"Storage:Provider '{options.Provider}' is not known; use Memory, Sqlite or Postgres.");
        }
    }
}
