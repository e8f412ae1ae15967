namespace PolicyRules.Screening.Recognizers;

/// <summary>
/// Reads numbers written in Chinese characters: "六", "十二", "二十四", "一百零五", "两万", "三千",
/// "两万五" (25000, the spoken short form), "一点五"; and digit by digit for years ("二〇一一").
/// </summary>
public static class ChineseNumeral
{
    private static readonly Dictionary<char, int> Digits = new()
    {
        ['零'] = 0, ['〇'] = 0, ['○'] = 0, ['Ｏ'] = 0, ['一'] = 1, ['壹'] = 1, ['二'] = 2, ['两'] = 2, ['贰'] = 2, ['三'] = 3, ['叁'] = 3,
        ['四'] = 4, ['肆'] = 4, ['五'] = 5, ['伍'] = 5, ['六'] = 6, ['陆'] = 6, ['七'] = 7, ['柒'] = 7, ['八'] = 8, ['捌'] = 8,
        ['九'] = 9, ['玖'] = 9,
    };

    private static readonly Dictionary<char, int> SmallUnits = new() { ['十'] = 10, ['拾'] = 10, ['百'] = 100, ['佰'] = 100, ['千'] = 1000, ['仟'] = 1000 };

    private static readonly Dictionary<char, long> LargeUnits = new() { ['万'] = 10_000 };

    /// <summary>一亿: the numbers read are below it.</summary>
    private const long Yi = 100_000_000;

    public static bool IsNumeralChar(char c) => Digits.ContainsKey(c) || SmallUnits.ContainsKey(c) || LargeUnits.ContainsKey(c);

    /// <summary>A Chinese number below 一亿, whole or with "点" decimals.</summary>
    public static bool TryParse(string text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var point = text.IndexOf('点', StringComparison.Ordinal);
        if (point >= 0)
        {
            return TryParseDecimal(text[..point], text[(point + 1)..], out value);
        }

        if (text.All(Digits.ContainsKey))
        {
            // "二四" is not a number (only years are said digit by digit; see TryParseDigitByDigit).
            return text.Length == 1 && Result(Digits[text[0]], out value);
        }

        return TryParseWhole(text, out value);
    }

    /// <summary>Digit by digit with no units, as years are said: "二〇一一" → 2011.</summary>
    public static bool TryParseDigitByDigit(string text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (Digits.TryGetValue(c, out var digit) && c != '两')
            {
                value = (value * 10) + digit;
            }
            else if (c is >= '0' and <= '9')
            {
                value = (value * 10) + (c - '0');
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryParseDecimal(string whole, string fraction, out decimal value)
    {
        value = 0;
        if (fraction.Length == 0 || !TryParseWhole(whole, out var integer) || !fraction.All(Digits.ContainsKey))
        {
            return false;
        }

        var scale = 0.1m;
        value = integer;
        foreach (var c in fraction)
        {
            value += Digits[c] * scale;
            scale /= 10;
        }

        return true;
    }

    private static bool TryParseWhole(string text, out decimal value)
    {
        value = 0;
        if (text.Length == 0 || !text.All(IsNumeralChar) || !(Digits.ContainsKey(text[0]) || text[0] is '十' or '拾'))
        {
            return false;
        }

        long total = 0, section = 0, number = 0;
        var lastUnit = 0L;
        var previous = '\0';
        var pendingDigit = false;
        foreach (var c in text)
        {
            if (Digits.TryGetValue(c, out var digit))
            {
                if (Digits.TryGetValue(previous, out var before) && before != 0)
                {
                    return false; // two digits in a row, as in "一二十"
                }

                number = digit;
                pendingDigit = digit != 0;
            }
            else if (SmallUnits.TryGetValue(c, out var unit))
            {
                section += (number == 0 && !pendingDigit ? 1 : number) * unit;
                number = 0;
                pendingDigit = false;
                lastUnit = unit;
            }
            else
            {
                var large = LargeUnits[c];
                if (total + section + number >= Yi / large)
                {
                    return false; // 一亿 and beyond ("万万") are not read
                }

                total = (total + section + number) * large;
                section = 0;
                number = 0;
                pendingDigit = false;
                lastUnit = large;
            }

            previous = c;
        }

        // "两万五", "三千五", "一百五": a final digit right after a unit counts in the next lower unit.
        if (number != 0 && text.Length >= 2 && !Digits.ContainsKey(text[^2]) && lastUnit >= 100)
        {
            number *= lastUnit / 10;
        }

        value = total + section + number;
        return true;
    }

    private static bool Result(int digit, out decimal value)
    {
        value = digit;
        return true;
    }
}
