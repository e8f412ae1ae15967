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

    public static async Task<ChatPage> OpenAsync(IBrowser browser, Uri address)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "zh-CN",
        });
        context.SetDefaultTimeout(Timeout);
        var page = await context.NewPageAsync();
        await page.GotoAsync(address.ToString());
        return new ChatPage(page);
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
        await Button(label).ClickAsync();
        await Expect(UserSaid(label)).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = Timeout });
    }

    /// <summary>Waits for the question, then types <paramref name="answer"/> into the send box and presses Enter.</summary>
    public async Task TypeAnswerAsync(string question, string answer)
    {
        await WaitForBotAsync(question);
        await SendBox.FillAsync(answer);
        await SendBox.PressAsync("Enter");
        await Expect(UserSaid(answer)).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = Timeout });
    }
}
