using System.Globalization;
using System.Text.RegularExpressions;
using PolicyRules.Localization;

namespace PolicyRules.Bot.Conversation;

/// <summary>What the person can say at any point (为什么问这个, 改一下, 我的回答, 重新开始, 删除我的数据, English, 转人工), in either language.</summary>
internal sealed partial record Command(CommandKind Kind, int? Number = null, string? Target = null)
{
    private static readonly Dictionary<string, CommandKind> Phrases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["重新开始"] = CommandKind.Restart, ["重来"] = CommandKind.Restart, ["从头开始"] = CommandKind.Restart,
        ["restart"] = CommandKind.Restart, ["start over"] = CommandKind.Restart,
        ["为什么问这个"] = CommandKind.Why, ["为什么"] = CommandKind.Why, ["为啥问这个"] = CommandKind.Why, ["why"] = CommandKind.Why,
        ["why do you ask"] = CommandKind.Why,
        ["改一下"] = CommandKind.Change, ["修改"] = CommandKind.Change, ["改答案"] = CommandKind.Change, ["上一题"] = CommandKind.Change,
        ["返回"] = CommandKind.Change, ["change"] = CommandKind.Change, ["back"] = CommandKind.Change, ["edit"] = CommandKind.Change,
        ["我的回答"] = CommandKind.Summary, ["回答摘要"] = CommandKind.Summary, ["汇总"] = CommandKind.Summary,
        ["summary"] = CommandKind.Summary, ["my answers"] = CommandKind.Summary,
        ["转人工"] = CommandKind.Staff, ["人工"] = CommandKind.Staff, ["人工服务"] = CommandKind.Staff, ["staff"] = CommandKind.Staff,
        ["talk to staff"] = CommandKind.Staff, ["human"] = CommandKind.Staff,
        ["english"] = CommandKind.English, ["英文"] = CommandKind.English, ["英语"] = CommandKind.English,
        ["中文"] = CommandKind.Chinese, ["chinese"] = CommandKind.Chinese, ["汉语"] = CommandKind.Chinese,
        ["打印"] = CommandKind.Print, ["打印结果"] = CommandKind.Print, ["可打印"] = CommandKind.Print, ["print"] = CommandKind.Print,
        ["printable summary"] = CommandKind.Print,
        ["删除我的数据"] = CommandKind.DeleteData, ["删除数据"] = CommandKind.DeleteData, ["清除我的数据"] = CommandKind.DeleteData,
        ["delete my data"] = CommandKind.DeleteData, ["forget me"] = CommandKind.DeleteData,
        ["帮助"] = CommandKind.Help, ["菜单"] = CommandKind.Help, ["help"] = CommandKind.Help, ["menu"] = CommandKind.Help,
    };

    public static Command Parse(string text)
    {
        var trimmed = text.Trim().TrimEnd('。', '？', '?', '!', '！', '.');
        if (Phrases.TryGetValue(trimmed, out var kind))
        {
            return new Command(kind);
        }

        var change = ChangeNumber().Match(trimmed);
        if (change.Success)
        {
            return new Command(CommandKind.Change, int.Parse(change.Groups[1].Value, CultureInfo.InvariantCulture));
        }

        var named = ChangeNamed().Match(trimmed);
        return named.Success ? new Command(CommandKind.Change, Target: named.Groups[1].Value.Trim()) : new Command(CommandKind.None);
    }

    /// <summary>What a change button sends: "改：孩子户籍" / "change: Child's hukou".</summary>
    public static string ChangeTo(string label, string locale) => Locales.IsEnglish(locale) ? $"change: {label}" : $"改：{label}";

    /// <summary>The English or 中文 command for a locale asked for by other means than text (the page's language switch).</summary>
    public static Command SwitchTo(string locale) => new(Locales.IsEnglish(locale) ? CommandKind.English : CommandKind.Chinese);

    [GeneratedRegex(@"^(?:改|修改|change|edit)\s*(?:第)?\s*(\d{1,2})\s*(?:项|题)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeNumber();

    // A colon is required, so that an answer such as "改成租的了" stays an answer.
    [GeneratedRegex(@"^(?:改|修改|change|edit)\s*[：:]\s*(\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeNamed();
}
