using System.Data.Common;
using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Bot.Builder.State;

namespace PolicyRules.Bot.Storage;

/// <summary>Reads a transcript's header row as both SQL stores select it (<c>FindTranscriptSql</c>: locale, ended, erased, last sequence, last activity).</summary>
internal static class TranscriptRows
{
    public static TranscriptInfo Info(DbDataReader reader, string conversationId) => new(
        conversationId,
        reader.IsDBNull(0) ? null : reader.GetString(0),
        reader.GetBoolean(1),
        reader.GetInt64(2),
        reader.GetInt64(3),
        reader.IsDBNull(4) ? null : BotJson.Deserialize<Activity>(reader.GetString(4)));
}
