using System.ComponentModel;
using System.Globalization;
using System.Text;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using PolicyRules.Localization;
using PolicyRules.Screening;
using PolicyRules.Screening.Batch;
using PolicyRules.Screening.Catalog;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Bot.Api;

/// <summary>
/// <c>POST /api/screen</c>: <c>policyrules screen</c> over HTTP. The list is the body (<c>text/csv</c> or
/// <c>application/x-ndjson</c>) or the file of a <c>multipart/form-data</c> upload; the results stream back in input
/// order as JSON Lines, or as CSV when the client accepts <c>text/csv</c>. A bad row is a line of the stream naming
/// what was wrong, not a failure; a mistake in the request itself (an unknown column, a bad date) is a 400 problem
/// before any result is written. The body is held to the host's request size limit, as for every endpoint.
/// </summary>
internal static class ScreenEndpoint
{
    public const string JsonLines = "application/x-ndjson";
    public const string Csv = "text/csv";

    public static RouteGroupBuilder MapScreen(this RouteGroupBuilder api)
    {
        api.MapPost("/screen", ScreenAsync)
            .WithName("Screen")
            .WithSummary("Screen a whole list of cases against the programs of its areas")
            .WithDescription("The body is a list: CSV with a header row of variable ids (values as choice ids or their Chinese or English labels, "
                + "yes/no in either language, an empty cell for a question not asked, 不知道 or uncertain for \"does not know\"), or JSON Lines of case files; "
                + "or either as the file of a multipart/form-data upload (.csv, .jsonl). The programs are those of the areas whose variables the list gives. "
                + "The results stream back, one per input row and in its order: JSON Lines { row, key?, programs: [ { id, status, amounts, missing, reason } ] } "
                + "or { row, key?, errors: [ { column, message } ] } for a row that could not be screened; or CSV (Accept: text/csv) with the columns of "
                + "`policyrules screen`. Names and ID numbers are never copied to the results unless their column is named with ?key=.")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                // Not .Accepts(...): routing would then refuse other media types with a bare 415, where the API answers with a problem.
                operation.RequestBody = ListBody();
                return Task.CompletedTask;
            })
            .Produces<string>(StatusCodes.Status200OK, JsonLines, Csv)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return api;
    }

    private static async Task<IResult> ScreenAsync(HttpRequest request, IEligibilityService eligibility, IPolicyCatalog catalog, TimeProvider time,
        [Description("zh-CN or en; otherwise each JSON line's locale, then Accept-Language, then zh-CN.")] string? lang,
        [Description("The evaluation date, yyyy-MM-dd; otherwise each JSON line's date, then the date the list's areas are evaluated at.")] string? date,
        [Description("The column (CSV) or top-level property (JSON Lines) that identifies a row, copied to its result; nothing else of a row is.")] string? key)
    {
        if (!ApiLocale.TryQuery(lang, out var queryLocale, out var problem))
        {
            return problem!;
        }

        DateOnly? asOf = null;
        if (date is not null)
        {
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return ApiProblems.BadRequest("Invalid date", $"date must be a yyyy-MM-dd date, not '{date}'.");
            }

            asOf = parsed;
        }

        var language = queryLocale ?? ApiLocale.FromAcceptLanguage(request);
        var cancellation = request.HttpContext.RequestAborted;
        try
        {
            var (body, jsonLines) = await ListAsync(request, cancellation);
            if (body is null)
            {
                return TypedResults.Problem($"Send the list as {Csv} or {JsonLines}, or as the file of a multipart/form-data upload.",
                    statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported list format");
            }

            var text = new StreamReader(body, Encoding.UTF8);
            ICaseTable table = jsonLines
                ? await JsonLinesCaseTable.OpenAsync(text, catalog.Variables, key, cancellation)
                : await CsvCaseTable.OpenAsync(text, catalog.Variables, key, cancellation);
            try
            {
                var plan = ScreeningPlan.For(catalog, table.Variables, asOf, language, DateOnly.FromDateTime(time.GetLocalNow().DateTime));
                var screener = new BatchScreener(eligibility, catalog.Variables, plan);
                return new ScreenResults(table, screener, new ResultColumns(plan, key), AcceptsCsv(request), time);
            }
            catch
            {
                await table.DisposeAsync();
                throw;
            }
        }
        catch (InvalidInputException e)
        {
            return ApiProblems.InvalidInput(e, language ?? Locales.Chinese);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(e);
        }
    }

    private static OpenApiRequestBody ListBody()
    {
        var text = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
        var upload = new OpenApiMediaType
        {
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Properties = new Dictionary<string, IOpenApiSchema> { ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
            },
        };
        return new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType> { [Csv] = text, [JsonLines] = text, ["multipart/form-data"] = upload },
        };
    }

    /// <summary>The list's stream and whether it is JSON Lines; a null stream when the request holds no list we read.</summary>
    private static async Task<(Stream? Body, bool JsonLines)> ListAsync(HttpRequest request, CancellationToken cancellation)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellation);
            return form.Files.FirstOrDefault() is { } file
                ? (file.OpenReadStream(), IsJsonLines(file.ContentType) || Path.GetExtension(file.FileName).ToLowerInvariant() is ".jsonl" or ".ndjson")
                : (null, false);
        }

        var type = MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.Value : null;
        return type switch
        {
            Csv => (request.Body, false),
            _ when IsJsonLines(type) => (request.Body, true),
            _ => (null, false),
        };
    }

    private static bool IsJsonLines(string? mediaType) => mediaType is JsonLines or "application/jsonl" or "application/x-jsonlines";

    private static bool AcceptsCsv(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(Csv, StringComparison.OrdinalIgnoreCase));

    internal static IResult TooLarge(BadHttpRequestException exception) => TypedResults.Problem(
        $"The list is larger than this server accepts ({exception.Message}). Split it into smaller lists, or screen it with `policyrules screen`.",
        statusCode: StatusCodes.Status413PayloadTooLarge, title: "List too large");
}
