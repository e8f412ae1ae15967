using PolicyRules.Bot.Resources;
using PolicyRules.Rules;

namespace PolicyRules.Bot.Conversation;

/// <summary>Finds the topic of a first message from the words in it, or from a menu choice.</summary>
internal static class TopicRouter
{
    public static IReadOnlyList<Topic> Topics { get; } =
    [
        new("school", PolicyAreas.SchoolEnrolment, new("义务教育入学（小学、初中）", "School enrolment (primary and junior secondary)"),
            ["上学", "入学", "小学", "初中", "一年级", "小升初", "升初中", "五证", "学校", "升学", "借读", "寄宿", "特长生", "随班就读", "school", "enrol", "enroll", "primary", "junior", "grade 1"],
            new("门头沟区2017年义务教育阶段入学政策（门政办发〔2017〕26号、27号）", "Mentougou's 2017 compulsory-education enrolment rules (门政办发〔2017〕26号 and 27号)")),
        new("veterans", null, new("退役士兵安置", "Veteran placement"), ["退伍", "退役", "复员", "转业", "士兵", "军人安置", "veteran", "soldier"]),
        new("elderly", null, new("社区养老服务驿站", "Community elderly-care stations"), ["养老", "驿站", "老人", "老年", "elderly", "care station"]),
        new("employment", null, new("就业创业补贴", "Employment and business subsidies"), ["就业", "失业", "招聘", "招用", "创业", "社保补贴", "岗位补贴", "job", "employ", "unemploy", "subsidy"]),
    ];

    public static Topic? Route(string text)
    {
        var lowered = text.ToLowerInvariant();
        return Topics.FirstOrDefault(t => string.Equals(t.Title.Zh, text, StringComparison.Ordinal)
                || string.Equals(t.Title.En, text, StringComparison.OrdinalIgnoreCase))
            ?? Topics.FirstOrDefault(t => t.Keywords.Any(k => lowered.Contains(k, StringComparison.Ordinal)));
    }

    public static IReadOnlyList<Topic> Covered => [.. Topics.Where(t => t.Area is not null)];
}
