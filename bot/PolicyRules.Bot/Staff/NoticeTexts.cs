using PolicyRules.Localization;
using PolicyRules.Screening.Reports;

namespace PolicyRules.Bot.Staff;

/// <summary>
/// The wording of the one-time notice, in Chinese (the source) and English. What it says of the duty to inform and of
/// the right to review is 海政办发〔2017〕50号 第十九条, and nothing more: the clause sets no time limits, so none is given.
/// </summary>
internal static class NoticeTexts
{
    /// <summary>The clause that requires the written notice and the notice of the right to review or litigation.</summary>
    public static readonly CitationReport Basis = new("海政办发〔2017〕50号", "第十九条");

    public static readonly Localized Title = Text("一次性告知单", "One-time notice");

    public static readonly Localized Intro = Text(
        "根据《北京市海淀区政务服务大厅管理暂行办法》（海政办发〔2017〕50号）第十九条，现将您所申办事项的依据、时限、程序、条件，以及需要补全补正的全部材料，一次性书面告知如下。",
        "Under Article 19 of the Haidian District Government Service Hall Interim Measures (海政办发〔2017〕50号), the basis, time limits, procedure and conditions of the matters you applied for, and every document still to be supplied, are set out below, all at once and in writing.");

    public static readonly Localized RulesAsOf = Text("政策适用日期：", "Rules applied as of: ");

    public static readonly Localized IssuedOn = Text("告知日期：", "Issued on: ");

    public static readonly Localized[] Blanks =
    [
        Text("申请人（签收）：", "Applicant (received):"),
        Text("经办人：", "Clerk:"),
        Text("窗口：", "Counter:"),
    ];

    public static readonly Localized Eligible = Text("符合", "Eligible");

    public static readonly Localized Ineligible = Text("不符合", "Not eligible");

    public static readonly Localized Undetermined = Text("还不能确定", "Cannot tell yet");

    public static readonly Localized NotApplicable = Text("不适用", "Not applicable");

    public static readonly Localized Documents = Text("尚需提交的材料（请一次带齐）", "Documents still to bring (all at once)");

    public static readonly Localized AllReceived = Text("材料已齐全。", "Every document has been received.");

    public static readonly Localized Deadlines = Text("办理时间", "Dates and time limits");

    public static readonly Localized Passed = Text("（已过）", " (passed)");

    public static readonly Localized Office = Text("办理部门", "Office");

    public static readonly Localized Address = Text("地址：", "address: ");

    public static readonly Localized Phone = Text("电话：", "tel. ");

    public static readonly Localized Failed = Text("不符合的条件", "Conditions not met");

    public static readonly Localized StillNeeded = Text("尚需核实的情况", "Still to be established");

    public static readonly Localized PleaseNote = Text("办理须知", "Please note");

    public static readonly Localized Clauses = Text("政策依据", "Clauses");

    public static readonly Localized NotApplicableHeading = Text("以下事项不适用于申请人的情况", "These programs do not apply to the applicant's situation");

    public static readonly Localized Review = Text(
        "对不予受理或者已受理未予批准的事项，申请人依法享有申请行政复议或者提起行政诉讼的权利。",
        "Where an application is not accepted, or is accepted but not approved, the applicant has the right by law to apply for administrative review or to bring an administrative lawsuit.");

    public static readonly Localized Disclaimer = Text(
        "本告知单根据申请人陈述的情况作出，最终以办理部门审核为准。",
        "This notice rests on what the applicant told us; the office in charge makes the final decision.");

    public static readonly Localized Period = Text("{0}至{1}", "{0} to {1}");

    public static readonly Localized From = Text("{0}起", "from {0}");

    public static readonly Localized Until = Text("截至{0}", "by {0}");

    public static string Decision(string status, string locale) => (status switch
    {
        ProgramStatus.Eligible => Eligible,
        ProgramStatus.Ineligible => Ineligible,
        ProgramStatus.NotApplicable => NotApplicable,
        _ => Undetermined,
    }).In(locale);

    private static Localized Text(string zh, string en) => new() { ZhCn = zh, En = en };
}
