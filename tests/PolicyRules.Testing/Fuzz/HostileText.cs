using CsCheck;

namespace PolicyRules.Testing.Fuzz;

/// <summary>
/// Text a person, a broken client or an attacker may send: any UTF-16 (lone surrogates included), emoji, control and
/// invisible characters, other scripts' digits, fragments of real answers jumbled together and numbers of any size, so
/// that the checks reach past the first "not understood". Bounded: a sample is at most a few hundred characters; <see cref="Huge"/> is 1 MB.
/// </summary>
public static class HostileText
{
    /// <summary>Pieces of answers the recognizers read, and of the texts around them.</summary>
    private static readonly string[] Fragments =
    [
        "是", "不是", "否", "没有", "有", "对", "不对", "不知道", "不确定", "yes", "no", "don't know", "uncertain", "都没有",
        "2011年8月31日", "2011-08-31", "2017-02-30", "11年", "二〇一一年", "八月", "三十一日", "号", "年", "月", "日", "半",
        "12", "十二", "一万", "3.5", "0", "-1", "−7", "1e400", "99999999999999999999999999999999", "79228162514264337593543950335",
        "个月", "年半", "元", "万元", "%", "百分之", "成", "岁", "外地", "门头沟", "海淀区", "北京", "户口", "上小学", "初中",
        "，", "。", "、", "；", ",", ".", " ", "\u3000", "１２", "٣", "۵", "๓", "Ⅻ", "½",
        "😀", "👨‍👩‍👧", "🇨🇳", "\u200b", "\u200d", "\u202e", "\ufeff", "\u0000", "\t", "\r\n", "\u001b[31m", "\ud800", "\udfff",
        "{", "}", "[", "]", "\"", "\\", "<script>", "' OR 1=1 --", "%s%n", "null", "NaN", "Infinity",
    ];

    /// <summary>Any UTF-16 code unit: controls, surrogates (paired or not), private use, noncharacters.</summary>
    private static readonly Gen<char> AnyChar = Gen.Char[char.MinValue, char.MaxValue];

    /// <summary>Any characters at all, up to 64 of them.</summary>
    public static Gen<string> AnyCharacters { get; } = Gen.String[AnyChar, 0, 64];

    /// <summary>Up to 24 fragments of real answers and hostile characters, in any order.</summary>
    public static Gen<string> Jumbled { get; } = Gen.OneOf<string>(Gen.OneOf<string>(Fragments), AnyChar.Select(c => c.ToString()))
        .Array[0, 24].Select(string.Concat);

    /// <summary>
    /// Numbers of any size, signed or not, whole or not, with the words that follow a number in an answer: what the
    /// number, duration, date and share readers are given, from "6" to forty digits of 万.
    /// </summary>
    public static Gen<string> Numbers { get; } = Gen.Select(
            Gen.OneOf<string>(string.Empty, "-", "负", "¥"),
            Gen.Char['0', '9'].Array[1, 40].Select(digits => new string(digits)),
            Gen.OneOf<string>(string.Empty, ".5", ".0000000000000000000000000001", "点五"),
            Gen.OneOf<string>(string.Empty, "万", "千", "年", "个月", "年半", "年零3个月", "%", "元", "成", " years", " months", "分之三", "年8月31日", "/12"))
        .Select(t => t.Item1 + t.Item2 + t.Item3 + t.Item4);

    /// <summary>Any of the three kinds.</summary>
    public static Gen<string> Any { get; } = Gen.OneOf<string>(AnyCharacters, Jumbled, Numbers);

    /// <summary>About a million characters made of one repeated fragment (a paste gone wrong, a flood): each a different worst case.</summary>
    public static IEnumerable<string> Huge()
    {
        const int length = 1_000_000;
        foreach (var piece in new[] { "1", "一", "是不", "2011年", "😀", "a ", "\ud800", "，", "十万" })
        {
            yield return string.Concat(Enumerable.Repeat(piece, length / piece.Length));
        }
    }
}
