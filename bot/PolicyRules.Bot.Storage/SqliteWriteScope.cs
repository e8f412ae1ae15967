using Microsoft.Data.Sqlite;

namespace PolicyRules.Bot.Storage;

/// <summary>What a queued write runs in: the writer's connection and its open transaction.</summary>
internal sealed class SqliteWriteScope(SqliteConnection connection, SqliteTransaction transaction)
{
    public SqliteTransaction Transaction => transaction;

    /// <summary>A command in the transaction, with the named parameters (set to null).</summary>
    public SqliteCommand Command(string sql, params string[] parameterNames) => SqliteCommands.Create(connection, transaction, sql, parameterNames);
}
