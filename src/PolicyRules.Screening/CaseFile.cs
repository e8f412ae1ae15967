using System.Text.Json;
using PolicyRules.Localization;
using PolicyRules.Screening.Text;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Screening;

/// <summary>
/// An evaluation request as JSON: <c>{ "date", "locale", "facts": { id: value } }</c>, the body of
/// <c>policyrules evaluate</c> and of <c>POST /api/evaluate</c>.
/// </summary>
public sealed record CaseFile(DateOnly? Date, string? Locale, IReadOnlyDictionary<string, JsonElement> Facts)
{
    /// <summary>The largest case file read (a case is a few kilobytes; a larger file is the wrong one).</summary>
    public const int MaximumBytes = 16 * 1024 * 1024;

    /// <summary>System.Text.Json's default; a case file nests three levels.</summary>
    private const int MaximumDepth = 64;

    private const string Example = """{ "date": "2017-05-10", "locale": "zh-CN", "facts": { … } }""";

    private static readonly string[] Keys = ["date", "locale", "facts"];

    private static readonly InputError TooDeep = new(string.Empty,
        $"案例文件的括号嵌套超过 {MaximumDepth} 层，无法读取；案例文件只有三层：{Example}。",
        $"The case file nests brackets more than {MaximumDepth} levels deep and cannot be read; a case file has three: {Example}.");

    private static readonly InputError NotText = new(string.Empty, "案例文件含有不成字的字符（孤立的代理项）；请以 UTF-8 文本保存后重试。",
        "The case file holds a character that is not text (a lone surrogate); save it as UTF-8 text and try again.");

    /// <summary>
    /// Reads the case's shape. What is wrong with it is an <see cref="InvalidInputException"/> naming each mistake and how
    /// to put it right, in both languages, with the case's own locale when it names one we speak.
    /// <paramref name="otherKeys"/> are the top-level keys a caller reads beside the case's (a list's key, a notice's programs).
    /// </summary>
    public static CaseFile Parse(string json, params IReadOnlyCollection<string> otherKeys)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = Read(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(new InputError(string.Empty, $"案例文件的最外层应是一个对象：{Example}。", $"A case file is one object: {Example}."));
        }

        try
        {
            var errors = new List<InputError>();
            var locale = ReadLocale(root, errors);
            string[] allowed = [.. Keys, .. otherKeys];
            errors.AddRange(root.EnumerateObject().Where(p => !allowed.Contains(p.Name, StringComparer.Ordinal)).Select(p => UnknownKey(p.Name, allowed)));
            var date = ReadDate(root, errors);
            var facts = ReadFacts(root, errors);
            return errors.Count > 0 ? throw new InvalidInputException(errors, locale: locale) : new CaseFile(date, locale, facts);
        }
        catch (InvalidOperationException)
        {
            // A name or string whose escapes make a lone surrogate ("\ud800") is valid JSON that reads as no text.
            throw Invalid(NotText);
        }
    }

    /// <summary>The mistake of a case file over <see cref="MaximumBytes"/>: the file at <paramref name="path"/>, or standard input ("-").</summary>
    public static InvalidInputException TooLarge(string path)
    {
        var (zh, en) = path == "-" ? ("标准输入", "Standard input") : ($"文件 {path} ", path);
        const int mebibytes = MaximumBytes / (1024 * 1024);
        return Invalid(new InputError(string.Empty,
            $"{zh}超过案例文件 {mebibytes} MiB 的上限，没有读取；一个案例通常只有几 KB，请确认选对了文件。",
            $"{en} is larger than {mebibytes} MiB, the limit for a case file, and was not read; a case is a few kilobytes, so check that this is the right file."));
    }

    /// <summary>The facts checked against the variables as of <paramref name="date"/>; throws <see cref="InvalidInputException"/>.</summary>
    public EvaluationRequest ToRequest(VariableRegistry variables, DateOnly date, string locale) =>
        new(date, locale, new AnswerReader(variables).Read(Facts, date));

    private static JsonDocument Read(string json)
    {
        json = json.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(json))
        {
            throw Invalid(new InputError(string.Empty, $"案例文件是空的；请写入 {Example}。", $"The case file is empty; write {Example} in it."));
        }

        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw Invalid(JsonSyntax.NestsDeeperThan(json, MaximumDepth) ? TooDeep : NotJson(json, e));
        }
        catch (ArgumentException)
        {
            // System.Text.Json does not transcode a lone surrogate: text that no UTF-8 file holds.
            throw Invalid(NotText);
        }
    }

    private static InputError NotJson(string json, JsonException error)
    {
        var (line, column, index) = JsonSyntax.Position(json, error);
        var text = json.TrimEnd();
        if (index >= text.Length)
        {
            return new InputError(string.Empty, "案例文件不是有效的 JSON：写到结尾还没有写完，缺了右括号或引号；请补全最后一项。",
                "The case file is not valid JSON: it ends before it is complete, a closing bracket or quote is missing; finish the last entry.");
        }

        var (zh, en) = text.Contains('\n', StringComparison.Ordinal)
            ? ($"第{line}行第{column}列附近", $"near line {line}, column {column}")
            : ($"第{column}个字符附近", $"near character {column}");
        return new InputError(string.Empty, $"案例文件不是有效的 JSON：{zh}写得不对；请检查那里的引号、逗号和括号是否齐全、成对。",
            $"The case file is not valid JSON: something is wrong {en}; check that the quotes, commas and brackets there are complete and paired.");
    }

    private static string? ReadLocale(JsonElement root, List<InputError> errors)
    {
        if (!root.TryGetProperty("locale", out var value))
        {
            return null;
        }

        var locale = value.ValueKind == JsonValueKind.String ? value.GetString()! : null;
        if (locale is not null && (Locales.IsEnglish(locale) || locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase)))
        {
            return Locales.Normalize(locale);
        }

        var shown = InputError.Shown(value.GetRawText());
        errors.Add(new InputError("locale", $"不支持语言 {shown}；“locale”可用 \"zh-CN\"（中文）或 \"en\"（English）。",
            $"The language {shown} is not supported; \"locale\" may be \"zh-CN\" (Chinese) or \"en\" (English)."));
        return null;
    }

    private static DateOnly? ReadDate(JsonElement root, List<InputError> errors)
    {
        if (!root.TryGetProperty("date", out var value))
        {
            return null;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : null;
        if (CalendarDate.TryParse(text, out var date))
        {
            return date;
        }

        var shown = InputError.Shown(value.GetRawText());
        errors.Add((text is null ? null : CalendarDate.NoSuchDay("date", text)) ?? new InputError("date",
            $"评估日期 {shown} 不是 yyyy-MM-dd 格式；请写成例如 \"date\": \"2017-05-10\"。",
            $"The evaluation date {shown} is not in the form yyyy-MM-dd; write it as, e.g., \"date\": \"2017-05-10\"."));
        return null;
    }

    private static Dictionary<string, JsonElement> ReadFacts(JsonElement root, List<InputError> errors)
    {
        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (!root.TryGetProperty("facts", out var facts) || facts.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new InputError("facts", "案例文件须有“facts”：写成 \"facts\": { \"变量名\": 值 }，变量名可用 `policyrules variables` 查看。",
                "A case file needs \"facts\": write \"facts\": { \"<variable id>\": value }; `policyrules variables` lists the ids."));
            return values;
        }

        foreach (var fact in facts.EnumerateObject())
        {
            if (fact.Value.ValueKind == JsonValueKind.String)
            {
                // Read now, so that a string that is no text is this file's mistake rather than a failure later.
                _ = fact.Value.GetString();
            }

            if (!values.TryAdd(fact.Name, fact.Value.Clone()))
            {
                errors.Add(new InputError(fact.Name, "在“facts”中出现了不止一次；每个变量只给一个值。", "appears more than once in \"facts\"; give each variable one value."));
            }
        }

        return values;
    }

    private static InputError UnknownKey(string key, IReadOnlyList<string> allowed)
    {
        var shown = InputError.Shown(key);
        var (zh, en) = ClosestWord.To(key, allowed) is { } closest ? ($"您是想写“{closest}”吗？", $" Did you mean \"{closest}\"?") : (string.Empty, string.Empty);
        return new InputError(key, $"案例文件中没有“{shown}”这一项，可用的项是 {string.Join("、", allowed)}。{zh}",
            $"A case file has no \"{shown}\"; its keys are {string.Join(", ", allowed)}.{en}");
    }

    private static InvalidInputException Invalid(InputError error) => new([error]);
}
