using System.ComponentModel;
using PolicyRules.Screening;
using PolicyRules.Screening.Catalog;
using PolicyRules.Screening.Listings;
using PolicyRules.Screening.Reports;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Bot.Api;

/// <summary>
/// The REST API under <c>/api</c>: the CLI's <c>evaluate</c>, <c>explain</c>, <c>programs</c> and <c>variables</c> over HTTP,
/// with the same JSON (<see cref="ReportJson"/>) and the same error sentences, as RFC 7807 problems.
/// </summary>
internal static class RestApiEndpoints
{
    private const string LangDescription = "zh-CN or en; otherwise the case's locale, then Accept-Language, then zh-CN.";

    public static IEndpointRouteBuilder MapRestApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Screening");
        api.MapPost("/evaluate", EvaluateAsync)
            .WithName("Evaluate")
            .WithSummary("Screen a case against every program")
            .WithDescription("The body is a case file, as for `policyrules evaluate`: { \"date\": \"yyyy-MM-dd\", \"locale\": \"zh-CN\" | \"en\", "
                + "\"facts\": { \"<variable id>\": value } }. A fact of null or \"uncertain\" means the person does not know. "
                + "Without a date the case is evaluated as of today.")
            .Accepts<CaseFile>("application/json")
            .Produces<Report>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        api.MapPost("/explain", ExplainAsync)
            .WithName("Explain")
            .WithSummary("Screen a case and return its reasons as a tree")
            .WithDescription("The body is a case file, as for /api/evaluate. Per program: its status, whether the person falls under it "
                + "(applies: true, false, or absent when not yet known) and its reasons as a tree of { kind: fired | failed | pending | note, "
                + "text, citation, children }: the rules that fired with the rules behind the facts they matched as children, the "
                + "conditions that failed, the questions still open. The same reasons as the report's, arranged as `policyrules explain` draws them.")
            .Accepts<CaseFile>("application/json")
            .Produces<Explanation>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        api.MapGet("/programs", ListPrograms)
            .WithName("ListPrograms")
            .WithSummary("List the programs, with the office that handles each")
            .Produces<ProgramListing[]>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/variables", ListVariables)
            .WithName("ListVariables")
            .WithSummary("List the variables a case can give, or those one program reads")
            .Produces<VariableListing[]>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapScreen();
        return app;
    }

    private static Task<IResult> EvaluateAsync(HttpRequest request, EligibilityService service, TimeProvider time,
        [Description(LangDescription)] string? lang) =>
        ScreenAsync(request, service, time, lang, report => TypedResults.Json(report, ReportJson.Options));

    private static Task<IResult> ExplainAsync(HttpRequest request, EligibilityService service, TimeProvider time,
        [Description(LangDescription)] string? lang) =>
        ScreenAsync(request, service, time, lang, report => TypedResults.Json(Explanation.Of(report), ReportJson.Options));

    /// <summary>Reads the case in the body, screens it, and answers with what <paramref name="answer"/> makes of the report.</summary>
    private static async Task<IResult> ScreenAsync(HttpRequest request, EligibilityService service, TimeProvider time, string? lang, Func<Report, IResult> answer)
    {
        if (!ApiLocale.TryQuery(lang, out var queryLocale, out var problem))
        {
            return problem!;
        }

        string? caseLocale = null;
        try
        {
            using var reader = new StreamReader(request.Body);
            var file = CaseFile.Parse(await reader.ReadToEndAsync(request.HttpContext.RequestAborted));
            caseLocale = file.Locale;
            return answer(service.Evaluate(file.ToRequest(service.Variables, file.Date ?? Today(time), Locale())));
        }
        catch (InvalidInputException e)
        {
            caseLocale ??= e.Locale;
            return ApiProblems.InvalidInput(e, Locale());
        }

        string Locale() => ApiLocale.Resolve(request, queryLocale, caseLocale);
    }

    private static IResult ListPrograms(HttpRequest request, IPolicyCatalog catalog, [Description(LangDescription)] string? lang)
    {
        if (!ApiLocale.TryQuery(lang, out var queryLocale, out var problem))
        {
            return problem!;
        }

        var locale = ApiLocale.Resolve(request, queryLocale, caseLocale: null);
        return TypedResults.Json(catalog.Programs(locale), ReportJson.Options);
    }

    private static IResult ListVariables(HttpRequest request, IPolicyCatalog catalog, TimeProvider time,
        [Description("A program id from /api/programs: only the variables that program reads.")] string? program,
        [Description(LangDescription)] string? lang)
    {
        if (!ApiLocale.TryQuery(lang, out var queryLocale, out var problem))
        {
            return problem!;
        }

        var locale = ApiLocale.Resolve(request, queryLocale, caseLocale: null);
        try
        {
            return TypedResults.Json(catalog.VariableListings(locale, Today(time), program), ReportJson.Options);
        }
        catch (InvalidInputException e)
        {
            return ApiProblems.InvalidInput(e, locale);
        }
    }

    private static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetLocalNow().DateTime);
}
