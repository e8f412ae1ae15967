using System.ComponentModel;
using PolicyRules.Screening.Permits;
using PolicyRules.Screening.Reports;

namespace PolicyRules.Bot.Api;

/// <summary><c>GET /api/permits</c>: <c>policyrules permit</c> over HTTP, the items of 门政发〔2017〕19号 and whether each is still required.</summary>
internal static class PermitEndpoints
{
    public static IEndpointRouteBuilder MapPermitApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/permits", Find)
            .WithTags("Permits")
            .WithName("FindPermits")
            .WithSummary("Whether a permit is still required (门政发〔2017〕19号)")
            .WithDescription("The items of 门政发〔2017〕19号's annex that q names (a name, part of one, or a question such as "
                + "物业服务企业资质审批还需要办吗 or \"is the sports competition permit still required\"), best first; all of them without q. "
                + "Each with change (cancelled, madeInternal, merged, partlyCancelled), the answer, office, decision and basis as the "
                + "annex words them, and its citation.")
            .Produces<PermitResults>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    private static IResult Find(
        HttpRequest request,
        PermitRegister register,
        [Description("A permit's name or a question about it; all items when left out.")] string? q,
        [Description("zh-CN or en; otherwise Accept-Language, then zh-CN.")] string? lang)
    {
        if (!ApiLocale.TryQuery(lang, out var queryLocale, out var problem))
        {
            return problem!;
        }

        var locale = ApiLocale.Resolve(request, queryLocale, caseLocale: null);
        var results = string.IsNullOrWhiteSpace(q) ? register.All(locale) : register.Find(q, locale);
        return TypedResults.Json(new PermitResults(q, results), ReportJson.Options);
    }
}

/// <summary>The items a permit query names (all of them without a query), best first.</summary>
internal sealed record PermitResults(string? Query, IReadOnlyList<PermitListing> Results);
