namespace PolicyRules.Bot.Resources;

/// <summary>Everything the bot itself says; policy wording comes from the rules' catalogues.</summary>
internal static class Strings
{
    public static readonly Text Welcome = new(
        "您好，我是门头沟区政策助手。告诉我您想了解什么，例如“孩子今年上小学”，我会只问需要的问题，然后告诉您能办什么、带哪些材料、什么时候去哪里办，以及政策依据。",
        "Hello, I am the Mentougou policy assistant. Tell me what you want to know, e.g. \"my child starts primary school\". I will ask only what matters, then tell you what you qualify for, which documents to bring, when and where — and why.");

    public static readonly Text Menu = new("您可以选择：", "You can choose:");

    public static readonly Text PrivacyNotice = new(
        "隐私提示：我只问政策判断需要的信息，不问姓名、身份证号或电话。您的回答只用于本次咨询，随时可以说“重新开始”清除，或说“删除我的数据”删除本次对话保存的全部内容。",
        "Privacy: I only ask what the rules need — never your name, ID number or phone. Your answers are used for this enquiry only; say \"restart\" at any time to clear them, or \"delete my data\" to delete everything stored for this conversation.");

    public static readonly Text NotCovered = new(
        "抱歉，这个方面的政策我还没有收录。目前可以咨询：",
        "Sorry, I do not cover that policy yet. I can help with:");

    public static readonly Text NotUnderstoodTopic = new(
        "我还不确定您想咨询哪方面。请从下面选择，或换个说法：",
        "I am not sure which policy you mean. Please choose below, or say it another way:");

    public static readonly Text QuestionPrefix = new("第{0}题（约还剩{1}题）：", "Question {0} (about {1} left): ");

    public static readonly Text Understood = new(
        "我从您的话里记下了：{0}。这些就不再问了；不对的话可以说“改一下”。",
        "From what you said I noted: {0}. I won't ask these again; say \"change\" if one is wrong.");

    public static readonly Text RouteOpened = new(
        "根据您刚才的回答，还有一条途径需要了解，所以要多问几题。",
        "Your last answer opens another route, so there are a few more questions.");

    public static readonly Text OfferMentionedAreas = new(
        "您开头还问到了{0}。想接着看的话请点下面的按钮，前面回答过的问题不会再问。",
        "You also asked about {0}. To go on with it, choose below; nothing you have answered will be asked again.");

    public static readonly Text OfferRelatedAreas = new(
        "您的回答也和{0}有关。想接着看看的话请点下面的按钮，前面回答过的问题不会再问。",
        "Your answers also bear on {0}. To look at it next, choose below; nothing you have answered will be asked again.");

    public static readonly Text NextArea = new(
        "好的，接着看{0}。前面回答过的问题不再问。",
        "Now {0}. Nothing you have answered will be asked again.");

    public static readonly Text Yes = new("是", "Yes");

    public static readonly Text No = new("否", "No");

    public static readonly Text DoNotKnow = new("不知道", "Don't know");

    public static readonly Text Eligible = new("✅ 符合", "✅ Eligible");

    public static readonly Text Ineligible = new("❌ 不符合", "❌ Not eligible");

    public static readonly Text Undetermined = new("❓ 尚不能确定", "❓ Cannot tell yet");

    public static readonly Text Documents = new("请一次带齐以下材料：", "Bring all of these documents:");

    public static readonly Text Amounts = new("金额：", "Amounts:");

    public static readonly Text OneOff = new("（一次性）", " (one-off)");

    public static readonly Text PerMonth = new("/月", " a month");

    public static readonly Text PerYear = new("/年", " a year");

    public static readonly Text Total = new("（合计）", " in total");

    public static readonly Text UpToYears = new("，最长{0}年", ", for up to {0} years");

    public static readonly Text Yuan = new("元", " yuan");

    public static readonly Text Deadlines = new("时间：", "Dates:");

    public static readonly Text Notices = new("请注意：", "Please note:");

    public static readonly Text WhatFailed = new("不符合的原因：", "What is not met:");

    public static readonly Text WhatWouldChange = new(
        "如果上面哪一项您的情况不同，可以说“改一下”修改回答，我会重新判断。",
        "If your situation differs on any of these, say \"change\" to correct your answer and I will check again.");

    public static readonly Text StillOpen = new(
        "以下情况您还不确定，弄清后可以再来问我：",
        "These are still open; once you know, ask me again:");

    public static readonly Text WhomToAsk = new("可以咨询：", "You can ask: ");

    public static readonly Text NothingApplies = new(
        "根据您的回答，这方面没有适用于您的项目。",
        "From your answers, none of these programs applies to you.");

    public static readonly Text Office = new("办理部门：", "Office: ");

    public static readonly Text Why = new("依据：", "Why:");

    public static readonly Text Disclaimer = new(
        "以上是根据您的回答和政策原文作出的估算，最终以办理部门审核为准。",
        "This is an estimate from your answers and the policy text; the office's decision is final.");

    public static readonly Text Commands = new(
        "您随时可以说：为什么问这个、改一下、我的回答、打印、重新开始、删除我的数据、English、转人工。",
        "At any time you can say: why, change, my answers, print, restart, delete my data, 中文, staff.");

    public static readonly Text WhyAsk = new("为什么问这个：{0}", "Why I ask: {0}");

    public static readonly Text WhyFeeds = new("这个问题会影响：{0}。相关条款：{1}", "It decides: {0}. Clauses: {1}");

    public static readonly Text NothingPending = new("现在没有待回答的问题。", "There is no open question right now.");

    public static readonly Text NothingToChange = new("您还没有回答任何问题。", "You have not answered anything yet.");

    public static readonly Text ChangeWhich = new("您想改哪一项？请点下面的按钮，或回复编号，例如“改 2”：", "Which answer do you want to change? Tap its button below, or reply with its number, e.g. \"change 2\":");

    public static readonly Text SummaryHeading = new("您目前的回答：", "Your answers so far:");

    public static readonly Text Restarted = new("已清除您的回答，我们重新开始。", "Your answers are cleared. Let's start again.");

    public static readonly Text DataDeleted = new(
        "已删除您在本次对话中的全部回答和聊天记录。如需重新开始，请开始新的对话（网页上刷新页面即可）。",
        "All your answers and this conversation's messages are deleted. To start again, begin a new conversation (on the web page, just reload it).");

    public static readonly Text Staff = new("如需人工帮助，请联系：", "For help from staff, contact:");

    public static readonly Text LanguageSwitched = new("好的，我们用中文继续。", "OK, let's continue in English.");

    public static readonly Text PrintTitle = new("政策咨询结果（估算）", "Policy screening result (estimate)");

    public static readonly Text PrintReady = new("这是可以打印或保存的结果：", "Here is the result to print or save:");

    public static readonly Text PolicyDate = new(
        "说明：目前收录的是{0}（{1}起施行）；以下按{2}的情形估算。",
        "Note: the policy I hold is {0} (in force from {1}); the estimate below is as of {2}.");
}
