using System.Text.RegularExpressions;

namespace PolicyRules.Bot.Browser.Tests;

/// <summary>The chat page as a person uses it: Web Chat's bubbles, suggested-action buttons and send box.</summary>
public sealed class ChatPage(IPage page)
{
    /// <summary>Every wait on the page: generous, since a build machine can be slow; nothing sleeps.</summary>
    public const float Timeout = 30_000;

    public IPage Page => page;

    public ILocator SendBox => page.Locator("[data-id='webchat-sendbox-input']");

    public ILocator Bubbles => page.Locator(".webchat__bubble__content");

    public ILocator BotBubbles => page.Locator(".webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content");

    public ILocator UserBubbles => page.Locator(".webchat__bubble--from-user .webchat__bubble__content");

    /// <summary>
    /// What the browser reported as an error: console errors (a failed load, a script error Web Chat logs) and uncaught
    /// exceptions, from the moment the page opened.
    /// </summary>
    public IReadOnlyList<string> Errors => _errors;

    private readonly List<string> _errors = [];

    public static Task<ChatPage> OpenAsync(IBrowser browser, Uri address) => OpenAsync(browser, address, Screen.Desktop);

    /// <summary>Opens the page on <paramref name="screen"/>; for large text, switches it on as a person would.</summary>
    public static async Task<ChatPage> OpenAsync(IBrowser browser, Uri address, Screen screen)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = screen.Width, Height = screen.Height },
            IsMobile = screen.IsPhone,
            HasTouch = screen.IsPhone,
            Locale = "zh-CN",
        });
        context.SetDefaultTimeout(Timeout);
        var page = await context.NewPageAsync();
        var chat = new ChatPage(page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                chat._errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => chat._errors.Add(error);
        await page.GotoAsync(address.ToString());
        if (screen.LargeText)
        {
            await page.Locator("#large-text").ClickAsync();
            await Expect(page.Locator("#large-text")).ToHaveAttributeAsync("aria-pressed", "true");
        }

        return chat;
    }

    /// <summary>A bot message containing <paramref name="text"/>; the last one, when the bot said it more than once.</summary>
    public ILocator BotSays(string text) => BotBubbles.Filter(new LocatorFilterOptions { HasText = text }).Last;

    public ILocator UserSaid(string text) =>
        UserBubbles.Filter(new LocatorFilterOptions { HasTextRegex = new Regex("^\\s*" + Regex.Escape(text) + "\\s*$") }).Last;

    /// <summary>The suggested-action button labelled exactly <paramref name="label"/>.</summary>
    public ILocator Button(string label) =>
        page.Locator(".webchat__suggested-actions").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = label, Exact = true });

    public async Task WaitForBotAsync(string text) =>
        await Expect(BotSays(text)).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = Timeout });

    /// <summary>Waits for the question, then clicks the suggested action <paramref name="label"/>.</summary>
    public async Task ClickAnswerAsync(string question, string label)
    {
        await WaitForBotAsync(question);
        await AssertQuestionInViewAsync(question);
        await Button(label).ClickAsync();
        await Expect(UserSaid(label)).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = Timeout });
    }

    /// <summary>Waits for the question, then types <paramref name="answer"/> into the send box and presses Enter.</summary>
    public async Task TypeAnswerAsync(string question, string answer)
    {
        await WaitForBotAsync(question);
        await AssertQuestionInViewAsync(question);
        await SendBox.FillAsync(answer);
        await SendBox.PressAsync("Enter");
        await Expect(UserSaid(answer)).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = Timeout });
    }

    /// <summary>
    /// The screen shows, together, the end of the bot's message <paramref name="question"/> (where the question is), the
    /// first answer button and the input box, with no answer button cut short ("…") and nothing wider than the screen.
    /// The answer buttons may scroll among themselves when there are many.
    /// </summary>
    public async Task AssertQuestionInViewAsync(string question)
    {
        try
        {
            await page.WaitForFunctionAsync($"question => ({QuestionViewProblems})(question) === ''", question, new PageWaitForFunctionOptions { Timeout = Timeout });
        }
        catch (TimeoutException)
        {
            var problems = await page.EvaluateAsync<string>(QuestionViewProblems, question);
            Assert.Fail($"Asking \"{question}\" on a {page.ViewportSize?.Width}×{page.ViewportSize?.Height} screen: {problems}");
        }
    }

    /// <summary>What keeps the question, its answer buttons and the input box from being seen together; '' when nothing.</summary>
    private const string QuestionViewProblems = """
        question => {
          const problems = [];
          const onScreen = (box) => box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight + 1 && box.right <= innerWidth + 1;
          const bubbles = [...document.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content')]
            .filter((bubble) => bubble.textContent.includes(question));
          const transcript = document.querySelector('.webchat__basic-transcript__scrollable')?.getBoundingClientRect();
          if (bubbles.length === 0 || !transcript) {
            return 'the question is not in the transcript';
          }
          // The question's last line: its bottom inside the visible part of the transcript, at least a line below its top.
          const end = bubbles[bubbles.length - 1].getBoundingClientRect().bottom;
          if (end > Math.min(transcript.bottom, innerHeight) + 1 || end < transcript.top + 24) {
            problems.push(`the question ends at ${Math.round(end)}px, outside the visible transcript (${Math.round(transcript.top)}–${Math.round(transcript.bottom)}px)`);
          }
          const input = document.querySelector("[data-id='webchat-sendbox-input']");
          if (!input || !onScreen(input.getBoundingClientRect())) {
            problems.push('the input box is not fully on screen');
          }
          const buttons = [...document.querySelectorAll('.webchat__suggested-actions .webchat__suggested-action')];
          if (buttons.length > 0 && !onScreen(buttons[0].getBoundingClientRect())) {
            problems.push('the first answer button is not fully on screen');
          }
          for (const button of buttons) {
            const text = button.querySelector('.webchat__suggested-action__text') ?? button;
            if (text.scrollWidth > text.clientWidth + 1 || button.scrollWidth > button.clientWidth + 1) {
              problems.push(`the answer "${button.textContent}" is cut short`);
            }
          }
          if (document.documentElement.scrollWidth > innerWidth + 1) {
            problems.push(`the page is ${document.documentElement.scrollWidth}px wide on a ${innerWidth}px screen`);
          }
          return problems.join('; ');
        }
        """;
}
