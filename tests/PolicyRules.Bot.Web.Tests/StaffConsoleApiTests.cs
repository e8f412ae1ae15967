using System.Net;
using System.Text.Json.Nodes;
using UglyToad.PdfPig;

namespace PolicyRules.Bot.Web.Tests;

/// <summary>
/// What the counter console asks of the host: its page, the areas with their evaluation dates, the variables' labels and
/// order, and the one-time notice (海政办发〔2017〕50号 第十九条) as JSON and as an A4 PDF.
/// </summary>
public sealed class StaffConsoleApiTests(BotServer server) : IClassFixture<BotServer>
{
    private const string NonBeijing = "school-enrolment.primary.non-beijing";
    private const string Review = "申请人依法享有申请行政复议或者提起行政诉讼的权利";

    [Fact]
    public async Task StaffPage_IsServedFromSlashStaff()
    {
        using var client = server.CreateClient();

        var redirect = await client.GetAsync(new Uri("staff", UriKind.Relative));
        var page = await ApiResponse.GetAsync(client, "staff/index.html");

        Assert.Equal(HttpStatusCode.OK, redirect.StatusCode);
        Assert.Equal("/staff/index.html", redirect.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("text/html", page.MediaType);
        Assert.Contains("console.js", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Areas_ListEachAreaWithItsProgramsAndTheDateTheBotEvaluatesItAt()
    {
        using var client = server.CreateClient();

        var response = await ApiResponse.GetAsync(client, "api/areas");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var enrolment = response.Json.EnumerateArray().Single(a => a.GetProperty("id").GetString() == "school-enrolment");
        Assert.Equal("义务教育入学（小学、初中）", enrolment.GetProperty("title").GetString());
        // Today (the test clock) is 2026: past the 2017 round, whose rules took effect on 2017-04-28 (26号 四).
        Assert.Equal("2017-04-28", enrolment.GetProperty("date").GetString());
        Assert.Contains(NonBeijing, enrolment.GetProperty("programs").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task Variables_GiveTheFieldLabelAndTheCatalogueOrder()
    {
        using var client = server.CreateClient();

        var response = await ApiResponse.GetAsync(client, $"api/variables?program={NonBeijing}");

        var variables = response.Json.EnumerateArray().ToDictionary(v => v.GetProperty("id").GetString()!);
        Assert.Equal("孩子户籍", variables["child.hukou"].GetProperty("label").GetString());
        Assert.True(variables["child.stage"].GetProperty("order").GetInt32() < variables["child.hukou"].GetProperty("order").GetInt32());
        Assert.True(variables["child.hukou"].GetProperty("order").GetInt32() < variables["permit.validFrom"].GetProperty("order").GetInt32());
    }

    [Fact]
    public async Task Notice_ForAnEligibleFamily_ListsTheDocumentsStillMissingDatesOfficeAndClauses_WithoutReview()
    {
        using var client = server.CreateClient();
        var request = NoticeRequest(received: ["household-booklet"]);

        var response = await ApiResponse.PostAsync(client, "api/notice", request.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var notice = response.Json;
        Assert.Equal("一次性告知单", notice.GetProperty("title").GetString());
        Assert.Equal("海政办发〔2017〕50号", notice.GetProperty("basis").GetProperty("document").GetString());
        Assert.Equal("第十九条", notice.GetProperty("basis").GetProperty("clause").GetString());
        var program = notice.GetProperty("programs").EnumerateArray().Single(p => p.GetProperty("id").GetString() == NonBeijing);
        Assert.Equal("符合", program.GetProperty("decision").GetString());
        var documents = Lines(program, "尚需提交的材料（请一次带齐）");
        Assert.Contains(documents, d => d.StartsWith("规范有效的房屋租赁合同", StringComparison.Ordinal));
        Assert.Contains(documents, d => d.StartsWith("孩子的出生证明", StringComparison.Ordinal));
        Assert.DoesNotContain(documents, d => d.StartsWith("全家户口簿", StringComparison.Ordinal));
        Assert.Contains(Lines(program, "办理时间"), d => d.StartsWith("2017年5月16日至2017年5月31日", StringComparison.Ordinal));
        Assert.Equal(["居住地所在街道办事处或乡镇人民政府"], Lines(program, "办理部门"));
        Assert.Contains("门政办发〔2017〕27号 四(二)2", Lines(program, "政策依据"));
        Assert.False(notice.TryGetProperty("review", out _));
        Assert.Contains("初中入学：就近就读", notice.GetProperty("notApplicable").GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Notice_ForARefusal_GivesTheFailingConditionWithItsClause_AndTheRightToReview()
    {
        using var client = server.CreateClient();
        var request = NoticeRequest();
        request["facts"]!["employment.contractTermMonths"] = 3;

        var response = await ApiResponse.PostAsync(client, "api/notice", request.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var program = response.Json.GetProperty("programs").EnumerateArray().Single(p => p.GetProperty("id").GetString() == NonBeijing);
        Assert.Equal("不符合", program.GetProperty("decision").GetString());
        var failed = program.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("heading").GetString() == "不符合的条件")
            .GetProperty("lines").EnumerateArray().ToArray();
        Assert.Contains(failed, l => l.GetProperty("citation").GetProperty("clause").GetString() == "四(一)1"
            && l.GetProperty("text").GetString()!.Contains("3", StringComparison.Ordinal));
        var review = response.Json.GetProperty("review");
        Assert.Contains(Review, review.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("第十九条", review.GetProperty("citation").GetProperty("clause").GetString());
    }

    [Fact]
    public async Task Notice_InEnglish_SaysItInEnglish()
    {
        using var client = server.CreateClient();

        var response = await ApiResponse.PostAsync(client, "api/notice?lang=en", NoticeRequest().ToJsonString());

        Assert.Equal("One-time notice", response.Json.GetProperty("title").GetString());
        var program = response.Json.GetProperty("programs").EnumerateArray().Single(p => p.GetProperty("id").GetString() == NonBeijing);
        Assert.Equal("Eligible", program.GetProperty("decision").GetString());
    }

    [Theory]
    [InlineData("""{ "date": "2017-04-28", "facts": {} }""", "\"programs\" must list the ids")]
    [InlineData("""{ "date": "2017-04-28", "facts": {}, "programs": ["school-enrolment.nope"] }""", "program: 没有名为“school-enrolment.nope”的项目")]
    [InlineData("""{ "date": "2017-04-28", "facts": { "child.birthDate": "2018-01-01" }, "programs": ["school-enrolment.primary.non-beijing"] }""", "child.birthDate: 2018-01-01 晚于评估日期 2017-04-28")]
    public async Task Notice_BadRequest_Is400ProblemSayingWhatIsWrong(string body, string detail)
    {
        using var client = server.CreateClient();

        var response = await ApiResponse.PostAsync(client, "api/notice", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("application/problem+json", response.MediaType);
        Assert.Contains(detail, response.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoticePdf_IsOneA4DocumentWithTheNoticeInChinese()
    {
        using var client = server.CreateClient();
        var request = NoticeRequest();
        request["facts"]!["employment.contractTermMonths"] = 3;

        using var response = await client.PostAsync(new Uri("api/notice/pdf", UriKind.Relative),
            new StringContent(request.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var first = pdf.GetPage(1);
        Assert.Equal(595, first.Width, 0);
        Assert.Equal(842, first.Height, 0);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.Contains("一次性告知单", text, StringComparison.Ordinal);
        Assert.Contains("海政办发〔2017〕50号", text, StringComparison.Ordinal);
        Assert.Contains("小学入学：非本市户籍（“五证”审核）：不符合", text, StringComparison.Ordinal);
        Assert.Contains("门政办发〔2017〕27号", text, StringComparison.Ordinal);
        Assert.Contains(Review, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoticePdf_WithoutItsFont_Is503ProblemNamingTheFontAndThePrintButton()
    {
        var noFont = new BotServer(new Dictionary<string, string?> { ["Staff:PdfFontFile"] = "/nonexistent/cjk.ttf" });
        await noFont.InitializeAsync();
        ApiResponse response;
        try
        {
            using var client = noFont.CreateClient();
            response = await ApiResponse.PostAsync(client, "api/notice/pdf", NoticeRequest().ToJsonString());
        }
        finally
        {
            await noFont.DisposeAsync();
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.Status);
        var detail = response.Json.GetProperty("detail").GetString();
        Assert.Contains("/nonexistent/cjk.ttf", detail, StringComparison.Ordinal);
        Assert.Contains("Print", detail, StringComparison.Ordinal);
    }

    /// <summary>The non-Beijing family of samples/, as of the area's date, for the area's primary and junior programs.</summary>
    private static JsonObject NoticeRequest(string[]? received = null)
    {
        var request = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "samples", "school-enrolment", "non-beijing-family.json")))!.AsObject();
        request["date"] = "2017-04-28";
        request["programs"] = new JsonArray(NonBeijing, "school-enrolment.junior.nearby");
        request["received"] = new JsonArray([.. (received ?? []).Select(r => JsonValue.Create(r))]);
        return request;
    }

    private static string[] Lines(System.Text.Json.JsonElement program, string heading) =>
        [.. program.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("heading").GetString() == heading)
            .GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("text").GetString()!)];
}
