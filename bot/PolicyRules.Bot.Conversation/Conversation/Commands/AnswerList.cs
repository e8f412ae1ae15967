using PolicyRules.Bot.Conversation.Cards;
using PolicyRules.Screening.Text;

namespace PolicyRules.Bot.Conversation.Commands;

/// <summary>The person's answers, numbered, each after the short label of its question: what 我的回答, 改一下 and 打印 show.</summary>
internal sealed class AnswerList(ConversationServices services)
{
    public string Lines(InterviewState state)
    {
        var answers = services.Read(state);
        return string.Join("\n", state.Answers.Select((stored, i) =>
            $"{i + 1}. {Label(state, stored.Variable)}{Punctuation.Colon(state.Locale)}{AnswerFormatter.Format(answers[stored.Variable], state.Locale)}"));
    }

    public string Label(InterviewState state, string variable) => services.Variables[variable].Label(state.Locale, services.DateFor(state));

    /// <summary>
    /// The answer a change command points at: by its number in the list, or by its label (or a word of its question),
    /// so that "改：孩子户籍" from a button and a typed "改：户籍" both find it.
    /// </summary>
    public int? Find(InterviewState state, Command command)
    {
        if (command.Number is { } number)
        {
            return number >= 1 && number <= state.Answers.Count ? number - 1 : null;
        }

        if (string.IsNullOrEmpty(command.Target))
        {
            return null;
        }

        var date = services.DateFor(state);
        var labels = state.Answers.Select(a => Label(state, a.Variable)).ToArray();
        var exact = Array.FindIndex(labels, l => string.Equals(l, command.Target, StringComparison.OrdinalIgnoreCase));
        if (exact >= 0)
        {
            return exact;
        }

        var matching = state.Answers
            .Select((a, i) => (Index: i, Text: labels[i] + " " + services.Variables[a.Variable].Question(state.Locale, date)))
            .Where(a => a.Text.Contains(command.Target, StringComparison.OrdinalIgnoreCase))
            .ToArray();
        return matching.Length == 1 ? matching[0].Index : null;
    }
}
