using System.ComponentModel;
using Microsoft.Extensions.Options;
using PolicyRules.Bot.Hosting;
using PolicyRules.Screening;
using PolicyRules.Screening.Reports;
using PolicyRules.Search;

namespace PolicyRules.Bot.Api;

/// <summary>
/// <c>GET /api/search</c>: <c>policyrules search</c> over HTTP, on the folder of policy documents the operator configures
/// (<c>Search:DocumentsFolder</c>, relative to the content root; the index is kept in <c>Host:DataDirectory</c>).
/// </summary>
internal static partial class SearchEndpoints
{
    public static IServiceCollection AddPolicySearch(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddOptions<SearchOptions>()
            .Bind(configuration.GetSection(SearchOptions.Section))
            .PostConfigure<IOptions<BotHostOptions>>((options, host) =>
            {
                options.DocumentsFolder = Path.GetFullPath(options.DocumentsFolder, environment.ContentRootPath);
                options.CacheDirectory = string.IsNullOrWhiteSpace(options.CacheDirectory)
                    ? host.Value.DataDirectory
                    : Path.GetFullPath(options.CacheDirectory, environment.ContentRootPath);
            });
        return services.AddSingleton(provider => new PolicySearch(
            provider.GetRequiredService<IOptions<SearchOptions>>().Value,
            provider.GetRequiredService<ScreeningServices>().Catalog.Describe().SelectMany(a => a.Rules)));
    }

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", Search)
            .WithTags("Policy documents")
            .WithName("Search")
            .WithSummary("Search the policy documents, clause by clause")
            .WithDescription("The clauses of the configured documents folder that answer q, best first: each with its document number and "
                + "title, clause path, the passage with every match between ** and **, its score (BM25, ×1.5 for a clause a rule cites) "
                + "and the rules that cite it with the programs they decide (program left out for a rule that decides none by itself). "
                + "A word shorter than three characters (五证) is found too; words separated by spaces must all match.")
            .Produces<SearchResults>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static IResult Search(
        PolicySearch search,
        ILoggerFactory loggers,
        [Description("The words to search for, e.g. 五证 or 加装电梯 补贴.")] string? q,
        [Description("How many clauses at most, 1 to 100; 10 when left out.")] int? limit)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return ApiProblems.BadRequest("Missing query", "q is required: the words to search for, e.g. /api/search?q=五证.");
        }

        if (limit is < 1 or > PolicySearch.MaximumLimit)
        {
            return ApiProblems.BadRequest("Invalid limit", $"limit must be a number from 1 to {PolicySearch.MaximumLimit}, not {limit}.");
        }

        try
        {
            return TypedResults.Json(search.Search(q, limit ?? PolicySearch.DefaultLimit), ReportJson.Options);
        }
        catch (DocumentsFolderException e)
        {
            // The folder is the operator's to set; its path is for the log, not for the client.
            LogFolderProblem(loggers.CreateLogger(typeof(SearchEndpoints)), e.Message);
            return TypedResults.Problem(
                "The policy documents folder (Search:DocumentsFolder) is missing or holds no .txt file; the operator must set it.",
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Search unavailable");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Search is unavailable: {Problem}")]
    private static partial void LogFolderProblem(ILogger logger, string problem);
}
