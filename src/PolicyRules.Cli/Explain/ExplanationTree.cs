using PolicyRules.Localization;
using PolicyRules.Screening.Listings;
using PolicyRules.Screening.Reports;
using PolicyRules.Screening.Variables;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace PolicyRules.Cli.Explain;

/// <summary>
/// <c>policyrules explain FILE</c>: a case's report drawn as a tree, per program its status, then the rules that fired
/// (with the rules behind the facts they matched beneath them), the conditions that failed and the questions still open,
/// each with its clause. The tree is the report's own reasons (<see cref="Explanation"/>); Spectre.Console draws it.
/// </summary>
internal sealed class ExplanationTree(string locale)
{
    /// <summary>Wide enough that a reason is never wrapped when the output goes to a file or a pipe.</summary>
    private const int Unwrapped = 4096;

    private readonly bool _english = Locales.IsEnglish(locale);

    /// <summary>
    /// The tree of the programs that are decided or that the person falls under, or, with <paramref name="program"/>, of
    /// that program or of the programs of that area; an <see cref="InvalidInputException"/> when it names none.
    /// </summary>
    public string Write(Report report, string? program)
    {
        var explanation = Explanation.Of(report);
        var shown = explanation.Programs.Where(p => program is null ? Concerns(p) : p.Id == program || p.Id.StartsWith($"{program}.", StringComparison.Ordinal)).ToArray();
        if (shown.Length == 0 && program is not null)
        {
            throw new InvalidInputException([ProgramListing.Unknown(program)]);
        }

        var tree = new Tree(new Text(_english
            ? $"Why, as of {explanation.Date} (rules {explanation.RuleSetVersion})"
            : $"评估说明（按 {explanation.Date} 的规定；规则版本 {explanation.RuleSetVersion}）"));
        foreach (var entry in shown)
        {
            var node = tree.AddNode(new Text($"{Status(entry.Status)}  {entry.Title} ({entry.Id})"));
            foreach (var reason in entry.Reasons)
            {
                Add(node, reason);
            }
        }

        var text = Render(tree);
        var hidden = explanation.Programs.Count - shown.Length;
        return program is not null || hidden == 0 ? text : text + Environment.NewLine + (_english
            ? $"{hidden} more programs do not apply, or may not, and are not shown; --program ID (or an area id such as school-enrolment) shows them."
            : $"另有 {hidden} 个项目不适用或尚不知道是否适用，未列出；用 --program 项目编号（或领域编号，如 school-enrolment）查看。");
    }

    /// <summary>A program decided either way, or one the person falls under.</summary>
    private static bool Concerns(ProgramExplanation program) =>
        program.Status is ProgramStatus.Eligible or ProgramStatus.Ineligible || program.Applies == true;

    private void Add(IHasTreeNodes parent, ExplanationNode reason)
    {
        var citation = reason.Citation is null ? string.Empty
            : _english ? $" ({reason.Citation.Document} {reason.Citation.Clause})" : $"（依据：{reason.Citation.Document} {reason.Citation.Clause}）";
        var node = parent.AddNode(new Text($"{Marker(reason.Kind)} {reason.Text}{citation}"));
        foreach (var child in reason.Children)
        {
            Add(node, child);
        }
    }

    private static string Marker(ReasonKind kind) => kind switch
    {
        ReasonKind.Fired => "✓",
        ReasonKind.Failed => "✗",
        ReasonKind.Pending => "?",
        _ => "•",
    };

    private string Status(string status) => (status, _english) switch
    {
        (ProgramStatus.Eligible, false) => "✅ 符合",
        (ProgramStatus.Eligible, true) => "✅ Eligible",
        (ProgramStatus.Ineligible, false) => "❌ 不符合",
        (ProgramStatus.Ineligible, true) => "❌ Not eligible",
        (ProgramStatus.Undetermined, false) => "❓ 尚不能确定",
        (ProgramStatus.Undetermined, true) => "❓ Cannot tell yet",
        (_, false) => "➖ 不适用",
        _ => "➖ Not applicable",
    };

    private static string Render(IRenderable tree)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = Console.IsOutputRedirected ? Unwrapped : Console.WindowWidth;
        console.Write(tree);
        return output.ToString().TrimEnd();
    }
}
