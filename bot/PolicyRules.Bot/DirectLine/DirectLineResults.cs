using System.Text;
using PolicyRules.Bot.Builder.Schema;

namespace PolicyRules.Bot.DirectLine;

/// <summary>Responses written with the Bot Framework's JSON settings, and Direct Line's error shape.</summary>
internal static class DirectLineResults
{
    public static IResult Json(object body, int statusCode = StatusCodes.Status200OK) =>
        Results.Text(BotJson.Serialize(body), "application/json", Encoding.UTF8, statusCode);

    public static IResult Error(int statusCode, string code, string message) =>
        Json(new { error = new { code, message } }, statusCode);

    public static IResult ConversationNotFound(string conversationId) =>
        Error(StatusCodes.Status404NotFound, "BadArgument", $"Conversation '{conversationId}' does not exist or has ended.");
}
