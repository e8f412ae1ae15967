using System.Text.Json;
using System.Text.RegularExpressions;

namespace PolicyRules.Bot.Browser.Tests;

/// <summary>The counter console (/staff) as a clerk uses it: the area, the form's fields, the report and the notice.</summary>
public sealed class StaffConsole(IPage page)
{
    public IPage Page => page;

    public IReadOnlyList<string> Errors => _errors;

    private readonly List<string> _errors = [];

    public static async Task<StaffConsole> OpenAsync(IBrowser browser, Uri address, int width = 1280, int height = 800)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "zh-CN",
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(ChatPage.Timeout);
        // Every answer is evaluated by the server: on a slow build machine a report can take longer than Expect's 5 s.
        SetDefaultExpectTimeout(ChatPage.Timeout);
        var console = new StaffConsole(await context.NewPageAsync());
        console.Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                console._errors.Add(message.Text);
            }
        };
        console.Page.PageError += (_, error) => console._errors.Add(error);
        await console.Page.GotoAsync(new Uri(address, "staff").ToString());
        await Expect(console.Page.Locator("#area option").First).ToBeAttachedAsync();
        return console;
    }

    public ILocator Field(string variable) => page.Locator($".field[data-variable='{variable}']");

    public ILocator Program(string id) => page.Locator($"#report-programs article[data-program='{id}']");

    public ILocator Decision(string id) => Program(id).Locator(".badge");

    public ILocator Notice => page.Locator("#notice-sheet .sheet");

    public async Task ChooseAreaAsync(string area)
    {
        await page.Locator("#area").SelectOptionAsync(area);
        await Expect(Field("child.stage")).ToBeVisibleAsync();
    }

    /// <summary>Answers one question as a clerk would with the value a case file gives it: a yes/no button, a choice, a date or a number.</summary>
    public async Task AnswerAsync(string variable, JsonElement value)
    {
        var field = Field(variable);
        switch (value.ValueKind)
        {
            case JsonValueKind.True or JsonValueKind.False:
                await field.GetByRole(AriaRole.Radio, new LocatorGetByRoleOptions { Name = value.GetBoolean() ? "是" : "否", Exact = true }).CheckAsync();
                break;
            case JsonValueKind.Number:
                await field.Locator("input[type=number]").FillAsync(value.GetRawText());
                break;
            case JsonValueKind.String when await field.Locator("select").CountAsync() > 0:
                await field.Locator("select").SelectOptionAsync(value.GetString()!);
                break;
            case JsonValueKind.String:
                await field.Locator("input").First.FillAsync(value.GetString()!);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value.ValueKind, "Not an answer a case file gives.");
        }
    }

    /// <summary>
    /// The facts of a sample case file, in the file's order, some replaced, as a clerk enters them: once the report has
    /// caught up with the answers so far, a question the form no longer shows (its answer cannot change any result of
    /// the chosen programs) is passed over. Returns the questions passed over.
    /// </summary>
    public async Task<IReadOnlyList<string>> AnswerCaseAsync(string sample, IReadOnlyDictionary<string, string>? replaced = null)
    {
        using var file = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "samples", sample)));
        var passedOver = new List<string>();
        foreach (var fact in file.RootElement.GetProperty("facts").EnumerateObject())
        {
            await Expect(page.Locator(".report")).ToHaveAttributeAsync("aria-busy", "false");
            if (!await Field(fact.Name).IsVisibleAsync())
            {
                passedOver.Add(fact.Name);
                continue;
            }

            var value = replaced is not null && replaced.TryGetValue(fact.Name, out var json) ? JsonDocument.Parse(json).RootElement : fact.Value;
            await AnswerAsync(fact.Name, value);
        }

        await Expect(page.Locator(".report")).ToHaveAttributeAsync("aria-busy", "false");
        return passedOver;
    }

    public ILocator SearchResults => page.Locator("#search-results > li");

    public ILocator PermitResults => page.Locator("#permit-results > li");

    /// <summary>Opens the lookups (policy search and permits) from the header.</summary>
    public async Task OpenLookupsAsync()
    {
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "政策检索 · 许可事项" }).ClickAsync();
        await Expect(page.Locator("#search-form")).ToBeVisibleAsync();
    }

    /// <summary>Types the words into the policy search and waits until its answer (or its problem) is shown.</summary>
    public Task SearchAsync(string words) => AskAsync("search", words);

    /// <summary>Asks whether a permit is still required and waits until the answer (or the problem) is shown.</summary>
    public Task AskPermitAsync(string question) => AskAsync("permit", question);

    private async Task AskAsync(string lookup, string query)
    {
        await page.Locator($"#{lookup}-query").FillAsync(query);
        await page.Locator($"#{lookup}-query").PressAsync("Enter");
        await Expect(page.Locator($"#{lookup}-status")).Not.ToHaveTextAsync(new Regex("正在查询|Searching"));
    }

    public async Task OpenNoticeAsync()
    {
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "打印一次性告知单" }).ClickAsync();
        await Expect(Notice).ToBeVisibleAsync();
    }
}
