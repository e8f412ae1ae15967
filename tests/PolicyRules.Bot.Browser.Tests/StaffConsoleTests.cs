using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace PolicyRules.Bot.Browser.Tests;

/// <summary>
/// The counter console in Chromium against the real host: a clerk enters a non-Beijing (外地户口) family's situation for
/// primary-school enrolment, watches the report follow, and prints the one-time notice (海政办发〔2017〕50号 第十九条).
/// </summary>
public sealed class StaffConsoleTests(PageServer server, ChromiumBrowser chromium) : IClassFixture<PageServer>, IClassFixture<ChromiumBrowser>
{
    private const string Sample = "school-enrolment/non-beijing-family.json";
    private const string NonBeijing = "school-enrolment.primary.non-beijing";
    private const string NonBeijingTitle = "小学入学：非本市户籍（“五证”审核）";
    private const string Review = "申请人依法享有申请行政复议或者提起行政诉讼的权利";

    /// <summary>
    /// The sample family (samples/school-enrolment/non-beijing-family.json) typed in field by field: the report is
    /// "cannot tell yet" until the answers decide it, then 符合 with the five certificates' documents, the dates and the
    /// office; the notice printed to an A4 PDF holds the program, the decision, every document not yet received, the
    /// dates, the office and the clauses, and no form, no buttons and no right-to-review paragraph (nothing was refused).
    /// </summary>
    [Fact]
    public async Task NonBeijingFamily_ReportFollowsTheAnswers_AndTheNoticePrintsOnA4()
    {
        var console = await StaffConsole.OpenAsync(chromium.Browser, server.BaseAddress);
        var page = console.Page;
        await console.ChooseAreaAsync("school-enrolment");
        // The area's rules are those of 2017 (the test clock is in 2026): the date is theirs, as the bot's.
        await Expect(page.Locator("#date")).ToHaveValueAsync("2017-04-28");
        await Expect(console.Decision(NonBeijing)).ToHaveTextAsync("还不能确定");

        var passedOver = await console.AnswerCaseAsync(Sample);

        // Online registration is asked only once its window has closed (5月31日), which it has not on 4月28日.
        Assert.Equal(["child.registeredOnline"], passedOver);
        await Expect(console.Decision(NonBeijing)).ToHaveTextAsync("符合");
        var program = console.Program(NonBeijing);
        await Expect(program.Locator(".documents li").Filter(new LocatorFilterOptions { HasText = "规范有效的房屋租赁合同" })).ToBeVisibleAsync();
        await Expect(program).ToContainTextAsync("居住地所在街道办事处或乡镇人民政府");
        await Expect(program.Locator(".tree")).ToContainTextAsync("门政办发〔2017〕27号");
        await Expect(program.Locator(".tree .node-clause").Filter(new LocatorFilterOptions { HasText = "四(二)2" }).First).ToBeVisibleAsync();
        await Expect(page.Locator("#summary")).ToContainTextAsync("符合 2 项");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("staff-console-non-beijing.png") });

        // The household booklet is in hand: the notice leaves it off the documents still to bring.
        await program.Locator(".documents li").Filter(new LocatorFilterOptions { HasText = "全家户口簿" }).GetByRole(AriaRole.Checkbox).CheckAsync();
        await console.OpenNoticeAsync();
        var notice = console.Notice;
        await Expect(notice.Locator("h1")).ToHaveTextAsync("一次性告知单");
        await Expect(notice).ToContainTextAsync("海政办发〔2017〕50号 第十九条");
        var section = notice.Locator($"[data-program='{NonBeijing}']");
        await Expect(section.Locator("h2")).ToHaveTextAsync($"{NonBeijingTitle}：符合");
        await Expect(section).ToContainTextAsync("规范有效的房屋租赁合同");
        await Expect(section).ToContainTextAsync("孩子的出生证明");
        await Expect(section).Not.ToContainTextAsync("全家户口簿（原件及复印件）");
        await Expect(section).ToContainTextAsync("2017年5月16日至2017年5月31日");
        await Expect(section).ToContainTextAsync("门政办发〔2017〕27号 四(二)2");
        await Expect(notice).Not.ToContainTextAsync(Review);

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await Expect(page.Locator(".notice-toolbar")).ToBeHiddenAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("staff-notice-print.png"), FullPage = true });
        var pdf = await page.PdfAsync(new PagePdfOptions { Path = Screenshots.PathFor("staff-notice-non-beijing.pdf"), PreferCSSPageSize = true, PrintBackground = true });

        // Chromium writes its text in Type 3 fonts, which PdfPig does not read back; the printed content is the sheet
        // checked above, alone on the page (no header, no toolbar, no form), on A4.
        await Expect(page.Locator("#case-form")).ToBeHiddenAsync();
        using var document = PdfDocument.Open(pdf);
        Assert.InRange(document.NumberOfPages, 1, 6);
        Assert.Equal(595, document.GetPage(1).Width, 0);
        Assert.Equal(842, document.GetPage(1).Height, 0);
        Assert.Empty(console.Errors);
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// A wrong answer (a birth date after the evaluation date) is shown beside its field with the server's message while
    /// every other answer stays; with a contract of 3 months the family is refused by 27号 四(一)1, which the report gives
    /// as what would change the answer, and the notice gives with the right to administrative review or litigation.
    /// </summary>
    [Fact]
    public async Task Refusal_ShowsTheFailingClause_AndTheNoticeGivesTheRightToReview()
    {
        var console = await StaffConsole.OpenAsync(chromium.Browser, server.BaseAddress);
        var page = console.Page;
        await console.ChooseAreaAsync("school-enrolment");
        await console.AnswerCaseAsync(Sample, new Dictionary<string, string> { ["employment.contractTermMonths"] = "3" });
        await Expect(console.Decision(NonBeijing)).ToHaveTextAsync("不符合");

        var change = console.Program(NonBeijing).Locator("section.change");
        await Expect(change.Locator("li.failed").Filter(new LocatorFilterOptions { HasText = "门政办发〔2017〕27号 四(一)1" })).ToBeVisibleAsync();

        var birthDate = console.Field("child.birthDate");
        await birthDate.Locator("input[type=date]").FillAsync("2018-01-01");
        await Expect(birthDate.Locator(".field-error")).ToContainTextAsync("2018-01-01 晚于评估日期 2017-04-28");
        await Expect(birthDate.Locator("input[type=date]")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(console.Field("child.hukou").Locator("select")).ToHaveValueAsync("outsideBeijing");
        await Expect(page.Locator("#problems")).ToContainTextAsync("1 项填写有误");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("staff-console-invalid-date.png") });
        await birthDate.Locator("input[type=date]").FillAsync("2011-03-02");
        await Expect(birthDate.Locator(".field-error")).ToBeHiddenAsync();
        await Expect(console.Decision(NonBeijing)).ToHaveTextAsync("不符合");

        await console.OpenNoticeAsync();
        var section = console.Notice.Locator($"[data-program='{NonBeijing}']");
        await Expect(section.Locator("h2")).ToHaveTextAsync($"{NonBeijingTitle}：不符合");
        await Expect(section.Locator("li").Filter(new LocatorFilterOptions { HasText = "不满足：受雇于用人单位" })).ToContainTextAsync("门政办发〔2017〕27号 四(一)1");
        await Expect(console.Notice.Locator(".review")).ToContainTextAsync(Review);
        await Expect(console.Notice.Locator(".review")).ToContainTextAsync("海政办发〔2017〕50号 第十九条");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("staff-notice-refusal-print.png"), FullPage = true });
        // The only errors are the browser's notes of the 400 answers to the wrong date.
        Assert.All(console.Errors, e => Assert.Contains("status of 400", e, StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Policy search over the real seed texts: 五证 finds 门政办发〔2017〕27号 first, its clause path and passage with the
    /// match marked (the passage's text only: nothing in it becomes markup), and the non-Beijing program whose rules cite
    /// it. An empty search says what to type instead of asking the server.
    /// </summary>
    [Fact]
    public async Task Search_FiveCertificates_FindsTheEnrolmentNoticeFirst_WithTheMatchMarked()
    {
        var console = await StaffConsole.OpenAsync(chromium.Browser, server.BaseAddress);
        var page = console.Page;
        await console.OpenLookupsAsync();
        await Expect(page.Locator("#console")).ToBeHiddenAsync();

        await console.SearchAsync("");
        await Expect(page.Locator("#search-problem")).ToHaveTextAsync("请输入要检索的词，例如“五证”。");
        await Expect(console.SearchResults).ToHaveCountAsync(0);

        await console.SearchAsync("五证");
        await Expect(page.Locator("#search-problem")).ToBeHiddenAsync();
        var first = console.SearchResults.First;
        await Expect(first.Locator(".document-number")).ToHaveTextAsync("门政办发〔2017〕27号");
        await Expect(first.Locator(".clause-path")).Not.ToBeEmptyAsync();
        await Expect(first.Locator(".passage mark").First).ToHaveTextAsync("五证");
        Assert.Equal(await first.Locator(".passage mark").CountAsync(), await first.Locator(".passage *").CountAsync());
        Assert.DoesNotContain("**", await first.Locator(".passage").TextContentAsync(), StringComparison.Ordinal);
        await Expect(console.SearchResults.Filter(new LocatorFilterOptions { HasText = NonBeijingTitle }).First).ToBeVisibleAsync();
        await Expect(page.Locator("#search-status")).ToHaveTextAsync(new Regex(@"^找到 \d+ 条$"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("staff-search.png") });
        Assert.Empty(console.Errors);
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// "Is permit X still required?" answered from 门政发〔2017〕19号's annex: the welfare enterprises' annual inspection is
    /// cancelled, receiving conscripts from elsewhere is made internal, each with its office, basis and row; in English the
    /// same question is answered again in English.
    /// </summary>
    [Fact]
    public async Task PermitQuery_GivesTheChange_TheOffice_AndTheBasis()
    {
        var console = await StaffConsole.OpenAsync(chromium.Browser, server.BaseAddress);
        var page = console.Page;
        await console.OpenLookupsAsync();

        await console.AskPermitAsync("对福利企业的年检还需要办吗");
        var inspection = console.PermitResults.First;
        await Expect(inspection.Locator("h3")).ToHaveTextAsync("取消 1. 对福利企业的年检");
        await Expect(inspection.Locator("dd").Filter(new LocatorFilterOptions { HasText = "民政局(民族宗教事务办公室)" })).ToBeVisibleAsync();
        await Expect(inspection).ToContainTextAsync("民发〔2007〕103号");
        await Expect(inspection).ToContainTextAsync("门政发〔2017〕19号");

        await console.AskPermitAsync("接收外地入伍退伍义务兵");
        await Expect(console.PermitResults.First.Locator("h3")).ToHaveTextAsync("改为内部管理 4. 接收外地入伍退伍义务兵");

        await page.Locator("#lang-en").ClickAsync();
        await Expect(console.PermitResults.First.Locator("h3")).ToHaveTextAsync("Made internal 4. Receiving discharged conscripts who enlisted elsewhere");
        Assert.Empty(console.Errors);
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// The explanation tree comes from POST /api/explain: for the sample non-Beijing family the program's rules that fired
    /// are listed with their clauses, and the rules they rest on beneath them.
    /// </summary>
    [Fact]
    public async Task NonBeijingFamily_ExplanationTree_ShowsTheRulesThatFired_WithTheirClauses()
    {
        var console = await StaffConsole.OpenAsync(chromium.Browser, server.BaseAddress);
        await console.ChooseAreaAsync("school-enrolment");
        await console.AnswerCaseAsync(Sample);
        await Expect(console.Decision(NonBeijing)).ToHaveTextAsync("符合");

        var tree = console.Program(NonBeijing).Locator(".tree");
        var fired = tree.Locator(".node-label").Filter(new LocatorFilterOptions { Has = console.Page.Locator(".node-fired") })
            .Filter(new LocatorFilterOptions { Has = console.Page.Locator(".node-clause", new PageLocatorOptions { HasText = "门政办发〔2017〕27号 四(二)2" }) });
        await Expect(fired.First).ToBeVisibleAsync();
        Assert.Empty(console.Errors);
        await console.Page.Context.CloseAsync();
    }

    /// <summary>On a tablet held upright the report comes under the form, and the fields are reached with Tab in the form's order.</summary>
    [Fact]
    public async Task Tablet_StacksTheReportUnderTheForm_AndTabFollowsTheForm()
    {
        var console = await StaffConsole.OpenAsync(chromium.Browser, server.BaseAddress, width: 768, height: 1024);
        var page = console.Page;
        await console.ChooseAreaAsync("school-enrolment");

        var form = await page.Locator("#case-form").BoundingBoxAsync();
        var report = await page.Locator(".report").BoundingBoxAsync();
        Assert.True(report!.Y >= form!.Y + form.Height, $"The report (y {report.Y}) is under the form (y {form.Y}, height {form.Height}).");
        Assert.True(form.Width <= 768, $"The form ({form.Width} wide) fits the width.");

        await page.Locator("#f-child-stage").FocusAsync();
        var order = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            order.Add(await page.EvaluateAsync<string>("() => document.activeElement.closest('.field')?.dataset.variable"));
        }

        Assert.Equal(["child.hukou", "child.treatedAsBeijingBasis"], order);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("staff-console-tablet.png") });
        await page.Context.CloseAsync();
    }
}
