using Microsoft.Data.Sqlite;
using PolicyRules.Bot.Builder.State;

namespace PolicyRules.Bot.Storage;

/// <summary>SQLite's errors that mean "not now" rather than "wrong": they become <see cref="StorageUnavailableException"/>.</summary>
internal static class SqliteFailures
{
    // https://www.sqlite.org/rescode.html (primary result codes; extended codes keep them in the low byte).
    private static readonly Dictionary<int, string> Unavailable = new()
    {
        [5] = "the database file is locked by another process (SQLITE_BUSY)",
        [6] = "a table is locked (SQLITE_LOCKED)",
        [8] = "the database file is read-only (SQLITE_READONLY)",
        [10] = "the disk could not be read or written (SQLITE_IOERR)",
        [13] = "the disk is full (SQLITE_FULL)",
        [14] = "the database file cannot be opened (SQLITE_CANTOPEN)",
    };

    /// <summary><paramref name="exception"/> as the storage's callers should see it.</summary>
    public static Exception Translate(Exception exception) =>
        exception is SqliteException sqlite && Unavailable.TryGetValue(sqlite.SqliteErrorCode & 0xFF, out var reason)
            ? new StorageUnavailableException($"SQLite storage cannot be written right now: {reason}.", sqlite)
            : exception;
}
