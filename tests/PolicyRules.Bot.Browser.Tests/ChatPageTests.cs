namespace PolicyRules.Bot.Browser.Tests;

/// <summary>The chat page in Chromium against the real host: Web Chat, Direct Line over WebSocket, and the bot.</summary>
public sealed class ChatPageTests(PageServer server, ChromiumBrowser chromium) : IClassFixture<PageServer>, IClassFixture<ChromiumBrowser>
{
    private const string Greeting = "您好，我是门头沟区政策助手";
    private const string EnrolmentTopic = "义务教育入学（小学、初中）";

    /// <summary>
    /// A non-Beijing-hukou family renting in Mentougou (tests/PolicyRules.Bot.Tests/Transcripts/school-enrolment/
    /// non-beijing-family.chat): answers by button and by typing, a reload half-way, and the result card at the end; on a
    /// desktop, and on a phone in large-text mode. At every question the question, its answer buttons and the input box
    /// are on screen together, and no answer is cut short (<see cref="ChatPage.AssertQuestionInViewAsync"/>).
    /// </summary>
    [Theory]
    [InlineData("desktop")]
    [InlineData("phone-large-text")]
    public async Task NonBeijingFamily_CompletesTheScreening_WithButtonsTypingAndAReload(string screenName)
    {
        var screen = Screen.Named(screenName);
        var chat = await ChatPage.OpenAsync(chromium.Browser, server.BaseAddress, screen);
        var page = chat.Page;
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(page).ToHaveTitleAsync("门头沟区政策助手");
        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "门头沟区政策助手" })).ToBeVisibleAsync();
        await chat.WaitForBotAsync(Greeting);

        await chat.ClickAnswerAsync("您可以选择", EnrolmentTopic);
        await chat.ClickAnswerAsync("孩子今年是上小学一年级，还是小学毕业升初中？", "上小学一年级");
        await chat.TypeAnswerAsync("孩子的户籍在哪里？", "河北");
        await chat.WaitForBotAsync("孩子是否持有以下可按本市户籍对待的证明？");
        await chat.AssertQuestionInViewAsync("孩子是否持有以下可按本市户籍对待的证明？");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor($"long-choices-{screen.Name}.png") });
        await chat.ClickAnswerAsync("孩子是否持有以下可按本市户籍对待的证明？", "都没有");
        await chat.TypeAnswerAsync("孩子的出生日期是哪天？", "2011-03-02");
        await chat.ClickAnswerAsync("是否为单亲家庭？", "否");
        await chat.ClickAnswerAsync("父母双方是否都在北京工作？", "是");
        await chat.ClickAnswerAsync("在门头沟区工作的父母一方是哪种就业情况？", "受雇于用人单位");
        await chat.ClickAnswerAsync("是否在门头沟区正常缴纳社会保险？", "是");
        await chat.ClickAnswerAsync("每个月都连续缴纳了社保吗？", "是");
        await chat.ClickAnswerAsync("社保缴费证明上的姓名和单位名称与合同是否一致？", "是");
        await chat.TypeAnswerAsync("的起始日期是哪天？", "2016年9月1日");
        await chat.TypeAnswerAsync("合同期限一共多少个月？", "两年");
        await chat.ClickAnswerAsync("家庭的实际住所是否在门头沟区？", "是");
        await chat.WaitForBotAsync("在门头沟区住的房子是自有住房还是租的？");

        // Reload half-way: the same conversation comes back (sessionStorage), earlier messages included.
        var conversationBefore = await SavedConversationIdAsync(page);
        await page.ReloadAsync();
        await chat.WaitForBotAsync("在门头沟区住的房子是自有住房还是租的？");
        await chat.WaitForBotAsync(Greeting);
        await Expect(chat.UserSaid("两年")).ToBeVisibleAsync();
        await Expect(chat.UserSaid("河北")).ToBeVisibleAsync();
        Assert.Equal(conversationBefore, await SavedConversationIdAsync(page));

        // ... and the next answer carries on where it left off.
        await chat.TypeAnswerAsync("在门头沟区住的房子是自有住房还是租的？", "租的");
        await chat.ClickAnswerAsync("租住的是哪种房屋？", "有产权证（或买卖合同及发票）的住房");
        await chat.TypeAnswerAsync("房屋租赁合同的签订日期是哪天？", "2017年1月15日");
        await chat.TypeAnswerAsync("租赁合同期限一共多少个月？", "一年");
        await chat.ClickAnswerAsync("能否提供房主的《房屋所有权证》", "是");
        await chat.ClickAnswerAsync("能否提供房主身份证？", "是");
        await chat.ClickAnswerAsync("个人所得税的完税发票？", "是");
        await chat.ClickAnswerAsync("户口簿上孩子的年龄（出生日期）与出生证明是否一致？", "是");
        await chat.ClickAnswerAsync("孩子和父母是否在同一个户口簿上？", "是");
        await chat.ClickAnswerAsync("是否由门头沟区暂住地派出所制发？", "是");
        await chat.ClickAnswerAsync("居住证是否在有效期内？", "是");
        await chat.ClickAnswerAsync("父母双方是否都有门头沟区的居住证？", "是");
        await chat.ClickAnswerAsync("居住证上的地址与实际住所居住证明上的地址是否一致？", "是");
        await chat.ClickAnswerAsync("居住证信息是否为机打且没有涂改？", "是");
        await chat.TypeAnswerAsync("居住证“有效期限”的起始日期是哪天？", "2016-10-01");
        await chat.ClickAnswerAsync("孩子和父母的信息是否与户口簿一致？", "是");
        await chat.ClickAnswerAsync("孩子是否属于以下身份之一？", "都不是");
        await chat.ClickAnswerAsync("孩子是否有残疾？", "没有残疾");
        await chat.ClickAnswerAsync("孩子是否要进入寄宿校（班）就读？", "否");
        await chat.ClickAnswerAsync("孩子的父母是否为区级以上人民政府引进的人才？", "否");

        // The result card leads with the decision; markdown rendered (bold decision, lists), the documents to bring, citations.
        var result = chat.BotSays("最终以办理部门审核为准");
        await Expect(result).ToBeVisibleAsync();
        await Expect(result.Locator("strong").Filter(new LocatorFilterOptions { HasText = "符合：小学入学：非本市户籍（“五证”审核）" })).ToBeVisibleAsync();
        await Expect(result).ToContainTextAsync("请一次带齐以下材料");
        await Expect(result.Locator("li").Filter(new LocatorFilterOptions { HasText = "全家户口簿（原件及复印件）" })).ToBeVisibleAsync();
        await Expect(result.Locator("li").Filter(new LocatorFilterOptions { HasText = "规范有效的房屋租赁合同" })).ToBeVisibleAsync();
        await Expect(result).ToContainTextAsync("门政办发〔2017〕27号");
        await Expect(result).ToContainTextAsync("最终以办理部门审核为准");
        Assert.DoesNotContain("**", await result.InnerTextAsync(), StringComparison.Ordinal);

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor($"enrolment-{screen.Name}.png") });
        Assert.Empty(chat.Errors);
        await page.Context.CloseAsync();
    }

    /// <summary>The page loads, connects and greets with nothing in the browser's console: no missing favicon, no script error.</summary>
    [Theory]
    [InlineData("desktop")]
    [InlineData("phone-large-text")]
    public async Task Page_Loads_WithoutConsoleErrors(string screenName)
    {
        var chat = await ChatPage.OpenAsync(chromium.Browser, server.BaseAddress, Screen.Named(screenName));

        await chat.WaitForBotAsync(Greeting);
        await chat.AssertQuestionInViewAsync("您可以选择");

        Assert.Empty(chat.Errors);
        await chat.Page.Context.CloseAsync();
    }

    /// <summary>
    /// The large-text toggle and the language switch work from the keyboard alone (Tab, Space, Enter) with a visible
    /// focus outline; after switching, Web Chat speaks English (send box) and so does the bot.
    /// </summary>
    [Fact]
    public async Task LargeTextAndLanguage_AreOperableByKeyboard_AndSwitchWebChatAndTheBotToEnglish()
    {
        var chat = await ChatPage.OpenAsync(chromium.Browser, server.BaseAddress);
        var page = chat.Page;
        await chat.WaitForBotAsync(Greeting);
        await Expect(chat.SendBox).ToHaveAttributeAsync("placeholder", "在这里输入回答，或点上面的按钮");

        var largeText = page.Locator("#large-text");
        await Expect(largeText).ToHaveAttributeAsync("aria-pressed", "false");
        await TabToAsync(page, "large-text");
        await AssertFocusIsVisibleAsync(page);
        await page.Keyboard.PressAsync("Space");
        await Expect(largeText).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.Locator("body")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("\\blarge-text\\b"));
        await Expect(page.Locator("#webchat")).ToHaveCSSAsync("font-size", "24px");
        Assert.Equal("1", await page.EvaluateAsync<string>("() => localStorage.getItem('policyrules.chat.largeText')"));
        await Expect(chat.BotSays(Greeting)).ToBeVisibleAsync();

        var english = page.Locator("#lang-en");
        await TabToAsync(page, "lang-en", backwards: true);
        await AssertFocusIsVisibleAsync(page);
        await page.Keyboard.PressAsync("Enter");
        await Expect(english).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.Locator("#lang-zh")).ToHaveAttributeAsync("aria-pressed", "false");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(chat.SendBox).ToHaveAttributeAsync("placeholder", "Type your answer here, or press a button above");
        await Expect(chat.SendBox).ToHaveAttributeAsync("aria-label", "Message input box");

        // The conversation is still there, and the bot's next message is in English.
        await Expect(chat.BotSays(Greeting)).ToBeVisibleAsync();
        await chat.SendBox.FillAsync("a question about school");
        await chat.SendBox.PressAsync("Enter");
        await chat.WaitForBotAsync("Privacy: I only ask what the rules need");
        await chat.WaitForBotAsync("Is the child starting primary school");

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("large-text-english.png") });
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// 删除我的数据 on the page: the old conversation leaves the screen at once, the page says why, and a new conversation
    /// starts (and is the one a reload resumes).
    /// </summary>
    [Fact]
    public async Task DeletingMyData_ClearsTheConversationAtOnce_AndStartsAFreshOne()
    {
        var chat = await ChatPage.OpenAsync(chromium.Browser, server.BaseAddress);
        var page = chat.Page;
        await chat.WaitForBotAsync(Greeting);
        var deleted = await SavedConversationIdAsync(page);
        await chat.ClickAnswerAsync("您可以选择", EnrolmentTopic);
        await chat.TypeAnswerAsync("孩子今年是上小学一年级，还是小学毕业升初中？", "上小学");
        await chat.SendBox.FillAsync("删除我的数据");
        await chat.SendBox.PressAsync("Enter");

        var notice = page.Locator("#chat-notice");
        await Expect(notice).ToBeVisibleAsync();
        await Expect(notice).ToHaveTextAsync("您在这次对话中的回答和聊天记录已删除。下面是一段新的对话。");
        await chat.WaitForBotAsync(Greeting);
        await Expect(chat.UserBubbles).ToHaveCountAsync(0);
        await Expect(chat.BotSays("孩子今年是上小学一年级")).ToHaveCountAsync(0);
        var fresh = await SavedConversationIdAsync(page);
        Assert.NotNull(fresh);
        Assert.NotEqual(deleted, fresh);

        // The notice goes once the person carries on; a reload resumes the new conversation, not the deleted one.
        await chat.ClickAnswerAsync("您可以选择", EnrolmentTopic);
        await Expect(notice).ToBeHiddenAsync();
        await page.ReloadAsync();
        await chat.WaitForBotAsync("孩子今年是上小学一年级");
        Assert.Equal(fresh, await SavedConversationIdAsync(page));
        Assert.Empty(chat.Errors);
        await page.Context.CloseAsync();
    }

    private static Task<string?> SavedConversationIdAsync(IPage page) =>
        page.EvaluateAsync<string?>("() => JSON.parse(sessionStorage.getItem('policyrules.chat.session') || '{}').conversationId ?? null");

    /// <summary>Presses Tab (or Shift+Tab) until the element with <paramref name="id"/> has the focus.</summary>
    private static async Task TabToAsync(IPage page, string id, bool backwards = false)
    {
        for (var presses = 0; presses < 20; presses++)
        {
            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
            if (await page.EvaluateAsync<string?>("() => document.activeElement?.id ?? null") == id)
            {
                return;
            }
        }

        Assert.Fail($"#{id} was not reached with the keyboard.");
    }

    private static async Task AssertFocusIsVisibleAsync(IPage page)
    {
        var outline = await page.EvaluateAsync<string>(
            "() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth; }");
        Assert.StartsWith("solid", outline, StringComparison.Ordinal);
        Assert.Equal("3px", outline.Split(' ')[1]);
    }
}
