using System.ComponentModel;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PolicyRules.Bot.Api;
using PolicyRules.Screening;
using PolicyRules.Screening.Catalog;
using PolicyRules.Screening.Listings;
using PolicyRules.Screening.Reports;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Bot.Staff;

/// <summary>
/// The counter console for service-hall clerks: its page at <c>/staff</c> (wwwroot/staff/), the areas it offers
/// (<c>GET /api/areas</c>) and the one-time notice it prints (<c>POST /api/notice</c>, as JSON or as a PDF). Nothing a
/// clerk types is logged or stored: a notice is built from the request and forgotten.
/// </summary>
internal static class StaffConsoleEndpoints
{
    public const string PagePath = "/staff/index.html";

    private const string LangDescription = "zh-CN or en; otherwise the case's locale, then Accept-Language, then zh-CN.";

    public static IEndpointRouteBuilder MapStaffConsole(this IEndpointRouteBuilder app)
    {
        // The page is wwwroot/staff/index.html, named in full: its own files are addressed relative to its folder, and
        // routing takes /staff/ for /staff too.
        app.MapMethods("/staff", [HttpMethods.Get, HttpMethods.Head], () => TypedResults.Redirect(PagePath)).ExcludeFromDescription();

        var api = app.MapGroup("/api").WithTags("Service hall");
        api.MapGet("/areas", ListAreas)
            .WithName("ListAreas")
            .WithSummary("List the policy areas, each with its programs and the date its cases are evaluated at")
            .Produces<AreaListing[]>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapPost("/notice", NoticeAsync)
            .WithName("Notice")
            .WithSummary("The written one-time notice (一次性告知单, 海政办发〔2017〕50号 第十九条) for a case")
            .WithDescription("The body is a case file with \"programs\" (the ids the notice is about) and optionally \"received\" "
                + "(the ids of documents already handed in, left off the list of documents still to bring).")
            .Accepts<CaseFile>("application/json")
            .Produces<OneTimeNotice>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        api.MapPost("/notice/pdf", NoticePdfAsync)
            .WithName("NoticePdf")
            .WithSummary("The one-time notice as an A4 PDF")
            .Accepts<CaseFile>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static IResult ListAreas(HttpRequest request, IPolicyCatalog catalog, TimeProvider time, [Description(LangDescription)] string? lang)
    {
        if (!ApiLocale.TryQuery(lang, out var queryLocale, out var problem))
        {
            return problem!;
        }

        var locale = ApiLocale.Resolve(request, queryLocale, caseLocale: null);
        var today = Today(time);
        return TypedResults.Json(
            catalog.Areas.Select(a => new AreaListing(a.Id, a.Title.In(locale), a.Policy.In(locale), catalog.DateFor(a.Id, today).ToString("yyyy-MM-dd"), a.Programs)),
            ReportJson.Options);
    }

    private static async Task<IResult> NoticeAsync(HttpRequest request, EligibilityService service, IPolicyCatalog catalog, TimeProvider time,
        [Description(LangDescription)] string? lang)
    {
        var (notice, problem) = await ReadNoticeAsync(request, service, catalog, time, lang);
        return problem ?? TypedResults.Json(notice, ReportJson.Options);
    }

    private static async Task<IResult> NoticePdfAsync(HttpRequest request, EligibilityService service, IPolicyCatalog catalog, TimeProvider time,
        IOptions<StaffOptions> options, [Description(LangDescription)] string? lang)
    {
        var fonts = options.Value;
        var absent = new[] { fonts.PdfFontFile, fonts.PdfLatinFontFile }.FirstOrDefault(f => !File.Exists(f));
        if (absent is not null)
        {
            return TypedResults.Problem(
                $"The PDF needs TrueType fonts for Chinese and for Latin text, and {absent} is not there: install them (Debian: apt-get install "
                + "fonts-droid-fallback fonts-dejavu-core) or set Staff:PdfFontFile and Staff:PdfLatinFontFile to other .ttf files. "
                + "Meanwhile the console's Print button makes a PDF in the browser.",
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "No font for the PDF");
        }

        var (notice, problem) = await ReadNoticeAsync(request, service, catalog, time, lang);
        return problem ?? TypedResults.File(NoticePdf.Render(notice!, fonts), "application/pdf", NoticeFileName(notice!));
    }

    /// <summary>The notice for the request's case, or the problem with the request.</summary>
    private static async Task<(OneTimeNotice? Notice, IResult? Problem)> ReadNoticeAsync(
        HttpRequest request, EligibilityService service, IPolicyCatalog catalog, TimeProvider time, string? lang)
    {
        if (!ApiLocale.TryQuery(lang, out var queryLocale, out var problem))
        {
            return (null, problem);
        }

        NoticeRequest notice;
        try
        {
            using var reader = new StreamReader(request.Body);
            notice = NoticeRequest.Parse(await reader.ReadToEndAsync(request.HttpContext.RequestAborted));
        }
        catch (JsonException e)
        {
            return (null, ApiProblems.BadRequest("Invalid notice request", $"The request body is not a valid notice request: {e.Message}"));
        }
        catch (InvalidInputException e)
        {
            return (null, ApiProblems.InvalidInput(e, ApiLocale.Resolve(request, queryLocale, e.Locale)));
        }

        var locale = ApiLocale.Resolve(request, queryLocale, notice.Case.Locale);
        var known = catalog.Areas.SelectMany(a => a.Programs).ToHashSet(StringComparer.Ordinal);
        var unknown = notice.Programs.Where(p => !known.Contains(p)).Select(ProgramListing.Unknown).ToArray();
        var today = Today(time);
        try
        {
            if (unknown.Length > 0)
            {
                throw new InvalidInputException(unknown);
            }

            var evaluation = notice.Case.ToRequest(service.Variables, notice.Case.Date ?? today, locale) with { Programs = notice.Programs };
            return (new OneTimeNoticeBuilder(locale).Build(service.Evaluate(evaluation), notice.Received, today), null);
        }
        catch (InvalidInputException e)
        {
            return (null, ApiProblems.InvalidInput(e, locale));
        }
    }

    private static string NoticeFileName(OneTimeNotice notice) => $"notice-{notice.Date}.pdf";

    private static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetLocalNow().DateTime);
}
