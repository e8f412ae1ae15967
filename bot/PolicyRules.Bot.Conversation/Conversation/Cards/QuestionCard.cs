using System.Globalization;
using Newtonsoft.Json.Linq;
using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Bot.Resources;
using PolicyRules.Screening.Interview;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Bot.Conversation.Cards;

/// <summary>
/// A question: its text with the counter, buttons for closed questions, and the
/// <c>channelData.policyRules</c> contract { question, type, choices?, programs, progress }.
/// </summary>
internal static class QuestionCard
{
    public static Activity Build(InterviewStep step, string locale, DateOnly date)
    {
        var variable = step.Question!;
        var prefix = string.Format(CultureInfo.InvariantCulture, Strings.QuestionPrefix.In(locale), step.Asked + 1, step.RemainingEstimate);
        var text = prefix + variable.Question(locale, date);
        var buttons = Buttons(variable, locale);
        var activity = buttons.Count > 0 ? MessageFactory.SuggestedActions(buttons, text) : MessageFactory.Text(text);
        activity.Locale = locale;
        activity.ChannelData = new JObject
        {
            ["policyRules"] = new JObject
            {
                ["question"] = variable.Id,
                ["type"] = variable.TypeName,
                ["choices"] = variable.Kind == VariableKind.Choice
                    ? new JArray(variable.Choices.Select(c => new JObject { ["value"] = c.Value, ["label"] = c.Label.In(locale) }))
                    : null,
                ["programs"] = new JArray(step.Programs),
                ["progress"] = new JObject { ["asked"] = step.Asked, ["remainingEstimate"] = step.RemainingEstimate },
            },
        };
        return activity;
    }

    private static List<string> Buttons(VariableDefinition variable, string locale) => variable.Kind switch
    {
        VariableKind.Bool => [Strings.Yes.In(locale), Strings.No.In(locale), Strings.DoNotKnow.In(locale)],
        VariableKind.Choice => [.. variable.Choices.Select(c => c.Label.In(locale)), Strings.DoNotKnow.In(locale)],
        _ => [],
    };
}
