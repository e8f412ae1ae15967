namespace PolicyRules.Rules.Tests;

/// <summary>
/// One OpenFisca-style case: a sentence-long name, an evaluation date, the person's answers, and
/// what the report must say. Only what a case states is checked.
/// </summary>
public sealed class PolicyCase
{
    /// <summary>The area whose folder the case file is in (set when it is read).</summary>
    [YamlDotNet.Serialization.YamlIgnore]
    public string Area { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Date { get; set; } = string.Empty;

    public string Locale { get; set; } = "zh-CN";

    /// <summary>
    /// The operator's parameter file the case is evaluated with, as a host reads <c>Parameters:OperatorFile</c>: a file
    /// of <c>Cases/&lt;area&gt;/operator/</c>, by name. Without it, no figure is set that a text leaves to the operator.
    /// </summary>
    public string? Operator { get; set; }

    /// <summary>Variable id → value as written (true/false, 2011-08-31, 6, a choice name, or "uncertain").</summary>
    public Dictionary<string, string> Input { get; set; } = [];

    /// <summary>Program id → expected status.</summary>
    public Dictionary<string, string> Output { get; set; } = [];

    /// <summary>Program id → variable ids that must be among the missing ones.</summary>
    public Dictionary<string, List<string>> Missing { get; set; } = [];

    /// <summary>Program id → the exact set of document ids on the checklist.</summary>
    public Dictionary<string, List<string>> Documents { get; set; } = [];

    /// <summary>
    /// Program id → amount id → what the report must say of it: a number is its value; any other text
    /// must appear in its formula (which it has when a figure or an answer it needs is missing).
    /// </summary>
    public Dictionary<string, Dictionary<string, string>> Amounts { get; set; } = [];

    /// <summary>Program id → deadline ids that must be listed.</summary>
    public Dictionary<string, List<string>> Deadlines { get; set; } = [];

    /// <summary>Program id → deadline ids that must not be listed (a route that does not use that window).</summary>
    public Dictionary<string, List<string>> NotDeadlines { get; set; } = [];

    /// <summary>Program id → deadline id → whether the report must mark it passed (it must be listed).</summary>
    public Dictionary<string, Dictionary<string, bool>> Passed { get; set; } = [];

    /// <summary>"document clause" citations that must appear somewhere in the report.</summary>
    public List<string> Cites { get; set; } = [];

    /// <summary>Texts that must appear in some reason or notice (e.g. an interpretation's note).</summary>
    public List<string> Says { get; set; } = [];

    /// <summary>Texts that no reason may contain (a route the person is not on, an unanswered question shown as a failure).</summary>
    public List<string> NotSays { get; set; } = [];

    /// <summary>Texts that no notice may contain (a notice that belongs to other programs).</summary>
    public List<string> NotNoticed { get; set; } = [];

    /// <summary>Rule names that must fire.</summary>
    public List<string> Fired { get; set; } = [];

    public string File { get; set; } = string.Empty;

    public override string ToString() => $"{Path.GetFileNameWithoutExtension(File)}: {Name}";
}
