using System.Text.Json;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Bot.Conversation;

/// <summary>Converts between the answers kept in conversation state and the screening service's typed answers.</summary>
internal sealed class AnswerStore(VariableRegistry variables)
{
    /// <summary>The answers as the screening reads them, checked as of the evaluation date and the person's today.</summary>
    public IReadOnlyDictionary<string, Answer> Read(InterviewState state, DateOnly asOf, DateOnly today)
    {
        var answers = new Dictionary<string, Answer>();
        foreach (var stored in state.Answers)
        {
            if (!variables.TryGet(stored.Variable, out var variable))
            {
                continue;
            }

            var json = stored.Json is null ? JsonDocument.Parse("null").RootElement : JsonDocument.Parse(stored.Json).RootElement;
            var answer = new AnswerReader(variables).Read(variable, json, asOf, today, out _);
            if (answer is not null)
            {
                answers[variable.Id] = answer;
            }
        }

        return answers;
    }

    public static StoredAnswer Store(Answer answer) => new() { Variable = answer.Variable.Id, Json = answer.ToJson() };
}
