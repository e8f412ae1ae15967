using System.Globalization;
using System.Text.RegularExpressions;
using PolicyRules.Bot.Resources;
using PolicyRules.Screening.Permits;

namespace PolicyRules.Bot.Conversation.Permits;

/// <summary>
/// “XX许可还需要办吗” / “is the XX permit still required”: answered at any point of the conversation from 门政发〔2017〕19号,
/// with the item, what became of it, the office and the basis. In the middle of an interview, a sentence that names no
/// item is left to the interview, as the answer it may be.
/// </summary>
internal sealed partial class PermitTopic(PermitRegister register)
{
    private static readonly Text NotListed = new(
        "{0}取消调整的{1}项行政职权中没有找到您说的事项，请说出完整的事项名称再问一次。其他许可是否还需要办理，请咨询办理部门（说“转人工”可以看到联系方式）。",
        "I could not find that item among the {1} powers {0} cancelled, made internal or merged; try again with the item's full name. For any other permit, ask the office that handles it (say \"staff\" for contacts).");

    /// <summary>The reply to a question whether a permit is still required, or null when <paramref name="text"/> asks no such thing.</summary>
    public string? Answer(string text, InterviewState state)
    {
        if (!AsksWhetherStillRequired().IsMatch(text))
        {
            return null;
        }

        var found = register.Find(text, state.Locale);
        if (found.Count > 0)
        {
            return string.Join("\n\n", found.Select(p => PermitText.Format(p, state.Locale)));
        }

        return state.PendingQuestion is null && NamesAPermit().IsMatch(text) ? string.Format(CultureInfo.InvariantCulture, NotListed.In(state.Locale), register.Document, register.Count) : null;
    }

    [GeneratedRegex(@"还(需要|要|用|得)|是否(还)?(需要|要)|需不需要|要不要|取消了|still (required|needed|necessary|need)|no longer (required|needed)|do (i|we) (still )?need", RegexOptions.IgnoreCase)]
    private static partial Regex AsksWhetherStillRequired();

    [GeneratedRegex(@"许可|审批|备案|核准|资质|年检|认定|permit|approval|licen[cs]e|filing", RegexOptions.IgnoreCase)]
    private static partial Regex NamesAPermit();
}
