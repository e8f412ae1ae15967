using System.Text.RegularExpressions;

namespace PolicyRules.Screening.Recognizers;

/// <summary>
/// Places a district, province or city named in an answer: Mentougou, another of Beijing's 16
/// districts, or somewhere outside Beijing. Names are found in Chinese (with or without 区/省/市) and
/// in English or pinyin ("Haidian District", "Hebei"). Used by <see cref="ChoiceRecognizer"/> for
/// choices whose values are <see cref="Mentougou"/>, <see cref="OtherBeijingDistrict"/> and <see cref="OutsideBeijing"/>.
/// </summary>
public static partial class DistrictRecognizer
{
    public const string Mentougou = "mentougou";

    public const string OtherBeijingDistrict = "otherBeijingDistrict";

    public const string OutsideBeijing = "outsideBeijing";

    private static readonly (string Zh, string En)[] BeijingDistricts =
    [
        ("东城", "dongcheng"), ("西城", "xicheng"), ("朝阳", "chaoyang"), ("丰台", "fengtai"), ("石景山", "shijingshan"), ("海淀", "haidian"),
        ("门头沟", "mentougou"), ("房山", "fangshan"), ("通州", "tongzhou"), ("顺义", "shunyi"), ("昌平", "changping"), ("大兴", "daxing"),
        ("怀柔", "huairou"), ("平谷", "pinggu"), ("密云", "miyun"), ("延庆", "yanqing"), ("崇文", "chongwen"), ("宣武", "xuanwu"),
    ];

    /// <summary>The 33 provincial-level units other than Beijing, and some large cities.</summary>
    private static readonly (string Zh, string En)[] OutsidePlaces =
    [
        ("天津", "tianjin"), ("上海", "shanghai"), ("重庆", "chongqing"), ("河北", "hebei"), ("山西", "shanxi"), ("辽宁", "liaoning"),
        ("吉林", "jilin"), ("黑龙江", "heilongjiang"), ("江苏", "jiangsu"), ("浙江", "zhejiang"), ("安徽", "anhui"), ("福建", "fujian"),
        ("江西", "jiangxi"), ("山东", "shandong"), ("河南", "henan"), ("湖北", "hubei"), ("湖南", "hunan"), ("广东", "guangdong"),
        ("海南", "hainan"), ("四川", "sichuan"), ("贵州", "guizhou"), ("云南", "yunnan"), ("陕西", "shaanxi"), ("甘肃", "gansu"),
        ("青海", "qinghai"), ("台湾", "taiwan"), ("内蒙古", "inner mongolia"), ("广西", "guangxi"), ("西藏", "tibet"), ("宁夏", "ningxia"),
        ("新疆", "xinjiang"), ("香港", "hong kong"), ("澳门", "macau"),
        ("石家庄", "shijiazhuang"), ("保定", "baoding"), ("廊坊", "langfang"), ("张家口", "zhangjiakou"), ("承德", "chengde"),
        ("唐山", "tangshan"), ("沧州", "cangzhou"), ("邯郸", "handan"), ("邢台", "xingtai"), ("衡水", "hengshui"), ("秦皇岛", "qinhuangdao"),
        ("广州", "guangzhou"), ("深圳", "shenzhen"), ("南京", "nanjing"), ("杭州", "hangzhou"), ("武汉", "wuhan"), ("成都", "chengdu"),
        ("西安", "xi'an"), ("沈阳", "shenyang"), ("哈尔滨", "harbin"), ("长春", "changchun"), ("济南", "jinan"), ("青岛", "qingdao"),
        ("郑州", "zhengzhou"), ("太原", "taiyuan"), ("合肥", "hefei"), ("长沙", "changsha"), ("南昌", "nanchang"), ("福州", "fuzhou"),
        ("苏州", "suzhou"), ("大连", "dalian"), ("呼和浩特", "hohhot"), ("乌鲁木齐", "urumqi"), ("兰州", "lanzhou"), ("昆明", "kunming"),
        ("贵阳", "guiyang"), ("南宁", "nanning"), ("拉萨", "lhasa"), ("银川", "yinchuan"), ("西宁", "xining"), ("海口", "haikou"),
    ];

    private static readonly string[] ZhPrefixes = ["北京市", "北京"];

    private static readonly string[] ZhSuffixes = ["区", "县", "省", "市", "自治区", "特别行政区"];

    /// <summary>Every place: its Chinese name, the prefixes it may carry, its English pattern (built once: there are too many for Regex's cache) and its value.</summary>
    private static readonly (string Zh, string[] Prefixes, Regex En, string Value)[] Places =
    [
        .. BeijingDistricts.Select(d => (d.Zh, ZhPrefixes, English($"(beijing )?{d.En}( district)?(,? beijing)?"), d.Zh == "门头沟" ? Mentougou : OtherBeijingDistrict)),
        .. OutsidePlaces.Select(p => (p.Zh, Array.Empty<string>(), English($"{Regex.Escape(p.En)}( province| city)?"), OutsideBeijing)),
    ];

    /// <summary>The place names found in the text, each with the choice value it stands for and where it is.</summary>
    public static IReadOnlyList<TermMatch> Find(string normalized)
    {
        var text = normalized.ToLowerInvariant();
        var matches = new List<TermMatch>();
        foreach (var (zh, prefixes, en, value) in Places)
        {
            matches.AddRange(FindZh(text, zh, prefixes, value));
            matches.AddRange(en.Matches(text).Select(m => new TermMatch(m.Index, m.Length, value)));
        }

        return matches;
    }

    /// <summary>The single place value named in the text; null when none, or when places of different kinds are named.</summary>
    public static string? Recognize(string normalized)
    {
        var values = TermMatch.Longest(Find(normalized)).Select(m => m.Value).Distinct().ToList();
        return values.Count == 1 ? values[0] : null;
    }

    private static IEnumerable<TermMatch> FindZh(string text, string name, string[] prefixes, string value)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var start = at;
            var prefix = prefixes.FirstOrDefault(p => start >= p.Length && string.CompareOrdinal(text, start - p.Length, p, 0, p.Length) == 0);
            start -= prefix?.Length ?? 0;
            var end = at + name.Length;
            var suffix = ZhSuffixes.OrderByDescending(s => s.Length).FirstOrDefault(s => string.CompareOrdinal(text, end, s, 0, s.Length) == 0);
            end += suffix?.Length ?? 0;
            yield return new TermMatch(start, end - start, value);
        }
    }

    private static Regex English(string pattern) =>
        new($@"(?<![a-z]){pattern}(?![a-z])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
