using System.Globalization;
using PolicyRules.Localization;
using PolicyRules.Screening;
using PolicyRules.Screening.Parameters;
using PolicyRules.Screening.Listings;
using PolicyRules.Screening.Reports;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Cli;

/// <summary>
/// <c>policyrules</c>: evaluate or explain a case file, list variables, list programs, search the policy documents, look up
/// a permit, write the catalogue. Reports go to stdout as
/// JSON; mistakes go to stderr as a sentence that names what was wrong, with exit code 1 (bad input)
/// or 2 (bad usage). <c>--help</c> prints the usage to stdout (exit code 0).
/// </summary>
internal sealed class CommandLine(
    TextReader stdin, TextWriter stdout, TextWriter stderr, TimeProvider time, bool echoInput = true, Func<ScreeningServices>? screening = null,
    bool showProgress = false)
{
    private const string Usage = """
        Usage:
          policyrules evaluate FILE|- [--lang zh-CN|en] [--date yyyy-MM-dd] [--parameters FILE]
          policyrules variables [--program ID] [--lang zh-CN|en]
          policyrules programs [--lang zh-CN|en]
          policyrules chat [--lang zh-CN|en] [--parameters FILE]
                                                      talk to the bot in the terminal (Ctrl-D or "exit" to leave)
          policyrules explain FILE|- [--program ID] [--lang zh-CN|en] [--date yyyy-MM-dd] [--parameters FILE]
                                                      the case's reasons as a tree: rules that fired, conditions that failed, questions open
          policyrules search QUERY [--docs FOLDER] [--limit N] [--lang zh-CN|en]
                                                      the clauses of the policy documents that answer QUERY, best first
          policyrules permit QUERY [--lang zh-CN|en]  whether a permit of 门政发〔2017〕19号 is still required
          policyrules catalogue [--out FILE]          every area, program, variable, parameter and rule with its citation (Markdown)
          policyrules screen FILE|- [--format csv|jsonl|xlsx] [--out FILE] [--key COLUMN] [--summary FILE]
                             [--date yyyy-MM-dd] [--lang zh-CN|en] [--parameters FILE]
                                                      screen a list (CSV with a header of variable ids, or JSON Lines of
                                                      case files): one result row per input row, then the summary
          policyrules --help                          this text

        --parameters FILE  the operator's parameter file: figures the texts depend on without giving them,
                           each with its source (see docs/writing-rules.md); without it such amounts show their formula.

        --program ID       explain: only that program, or the programs of an area (e.g. school-enrolment).
        --docs FOLDER      search: the folder of policy documents (.txt); else $POLICYRULES_DOCS, else ../shared/seeds beside the clone.

        FILE holds { "date": "2017-05-10", "locale": "zh-CN", "facts": { "<variable id>": <value>, ... } }.
        A fact of null (or "uncertain") means the person does not know.
        """;

    private Lazy<ScreeningServices> _screening = new(screening ?? (() => ScreeningServices.Default));

    public async Task<int> RunAsync(string[] args)
    {
        if (args.Length > 0 && (args[0] == "help" || args.Any(arg => arg is "-h" or "--help")))
        {
            await stdout.WriteLineAsync(Usage);
            return 0;
        }

        try
        {
            if (args is ["screen", ..])
            {
                return await new Screen.ScreenCommand(stdin, stdout, stderr, time, showProgress)
                    .RunAsync(args[1..], file => screening?.Invoke() ?? (file is null ? ScreeningServices.Default : ScreeningServices.Create(file)));
            }

            var options = Options.Parse(args);
            if (options.Parameters is { } file && screening is null)
            {
                _screening = new(() => ScreeningServices.Create(file));
            }

            return options.Command switch
            {
                "evaluate" => await EvaluateAsync(options, ReportJson.Serialize),
                "explain" => await EvaluateAsync(options, report => new Explain.ExplanationTree(options.Language ?? report.Locale).Write(report, options.Program)),
                "variables" => ListVariables(options),
                "programs" => ListPrograms(options),
                "chat" => await ChatAsync(options),
                "search" => new Search.SearchCommand(stdout, stderr, () => _screening.Value).Run(options.Argument, options.Docs, options.Limit, options.Language),
                "permit" => new Permits.PermitCommand(stdout).Run(options.Argument, options.Language),
                "catalogue" => await new Catalogue.CatalogueCommand(stdout, () => _screening.Value).RunAsync(options.Out),
                _ => Fail(2, $"Unknown command '{options.Command}'.{Environment.NewLine}{Usage}"),
            };
        }
        catch (UsageException e)
        {
            return Fail(2, $"{e.Message}{Environment.NewLine}{Usage}");
        }
        catch (OperatorParametersException e)
        {
            return Fail(1, e.Message);
        }
        catch (InvalidInputException e)
        {
            return Fail(1, string.Join(Environment.NewLine, e.Lines(Locale(args) ?? e.Locale ?? Locales.Chinese)));
        }
    }

    /// <summary>Evaluates the case file and writes its report as <paramref name="write"/> renders it (JSON, or the explanation tree).</summary>
    private async Task<int> EvaluateAsync(Options options, Func<Report, string> write)
    {
        var path = options.Argument ?? throw new UsageException($"{options.Command} needs a case file, or - for standard input.");
        var file = CaseFile.Parse(await new CaseFileReader(stdin).ReadAsync(path));
        var date = options.Date ?? file.Date ?? DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var locale = options.Language ?? file.Locale ?? "zh-CN";
        var service = _screening.Value.Eligibility;
        var report = service.Evaluate(file.ToRequest(service.Variables, date, locale));
        await stdout.WriteLineAsync(write(report));
        return 0;
    }

    /// <summary>The bot over the terminal, with state in memory: the same conversation as on the web.</summary>
    private async Task<int> ChatAsync(Options options)
    {
        var locale = options.Language ?? "zh-CN";
        var conversationState = new Bot.Builder.State.ConversationState(new Bot.Builder.State.MemoryStorage());
        var adapter = new Chat.ConsoleAdapter(stdout, time, locale);
        adapter.Use(new Bot.Builder.State.AutoSaveStateMiddleware(conversationState));
        var screening = _screening.Value;
        var bot = new Bot.Conversation.PolicyBot(conversationState, screening.Eligibility, screening.Catalog, time);
        await adapter.StartAsync(bot.OnTurnAsync, CancellationToken.None);
        while (await stdin.ReadLineAsync() is { } line)
        {
            if (line.Trim() is "exit" or "quit" or "退出")
            {
                break;
            }

            if (line.Trim().Length > 0)
            {
                // A terminal shows what was typed; piped input is echoed so the output reads as a conversation.
                if (echoInput)
                {
                    await stdout.WriteLineAsync($"市民> {line.Trim()}");
                }

                await adapter.SendTextAsync(line, bot.OnTurnAsync, CancellationToken.None);
            }
        }

        return 0;
    }

    private int ListVariables(Options options)
    {
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var variables = _screening.Value.Catalog.VariableListings(options.Language ?? "zh-CN", today, options.Program);
        stdout.WriteLine(ReportJson.Serialize(variables));
        return 0;
    }

    private int ListPrograms(Options options)
    {
        stdout.WriteLine(ReportJson.Serialize(_screening.Value.Catalog.Programs(options.Language ?? "zh-CN")));
        return 0;
    }

    private int Fail(int code, string message)
    {
        stderr.WriteLine(message);
        return code;
    }

    /// <summary>The language <c>--lang</c> asks for, or null without it.</summary>
    private static string? Locale(string[] args)
    {
        var index = Array.IndexOf(args, "--lang");
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private sealed record Options(
        string Command, string? Argument, string? Language, DateOnly? Date, string? Program, string? Parameters, string? Docs, int? Limit, string? Out)
    {
        public static Options Parse(string[] args)
        {
            if (args.Length == 0)
            {
                throw new UsageException("No command given.");
            }

            string? argument = null, language = null, program = null, parameters = null, docs = null, output = null;
            DateOnly? date = null;
            int? limit = null;
            for (var i = 1; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--lang":
                        language = Value(args, ++i, "--lang");
                        if (language is not ("zh-CN" or "en"))
                        {
                            throw new UsageException($"--lang must be zh-CN or en, not '{language}'.");
                        }

                        break;
                    case "--date":
                        var text = Value(args, ++i, "--date");
                        date = CalendarDate.TryParse(text, out var d) ? d
                            : throw new UsageException(CalendarDate.NoSuchDay("--date", text) is { } noSuchDay
                                ? $"--date: {noSuchDay.MessageEn}"
                                : $"--date must be a yyyy-MM-dd date, not '{text}'.");
                        break;
                    case "--program":
                        program = Value(args, ++i, "--program");
                        break;
                    case "--parameters":
                        parameters = Value(args, ++i, "--parameters");
                        break;
                    case "--docs":
                        docs = Value(args, ++i, "--docs");
                        break;
                    case "--limit":
                        var count = Value(args, ++i, "--limit");
                        limit = int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= Search.SearchCommand.MaximumLimit
                            ? n
                            : throw new UsageException($"--limit must be a number from 1 to {Search.SearchCommand.MaximumLimit}, not '{count}'.");
                        break;
                    case "--out":
                        output = Value(args, ++i, "--out");
                        break;
                    default:
                        if (argument is not null || (args[i].StartsWith("--", StringComparison.Ordinal)))
                        {
                            throw new UsageException($"Unexpected argument '{args[i]}'.");
                        }

                        argument = args[i];
                        break;
                }
            }

            return new Options(args[0], argument, language, date, program, parameters, docs, limit, output);
        }

        private static string Value(string[] args, int index, string option) =>
            index < args.Length ? args[index] : throw new UsageException($"{option} needs a value.");
    }
}
