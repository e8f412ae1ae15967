using Npgsql;
using PolicyRules.Bot.Builder.State;

namespace PolicyRules.Bot.Storage;

/// <summary>PostgreSQL's errors that mean "not now" rather than "wrong": they become <see cref="StorageUnavailableException"/>.</summary>
internal static class PostgresFailures
{
    /// <summary>Runs <paramref name="operation"/>; the database being down, restarting or out of resources is <see cref="StorageUnavailableException"/>.</summary>
    public static async Task<T> GuardAsync<T>(Func<Task<T>> operation)
    {
        try
        {
            return await operation().ConfigureAwait(false);
        }
        catch (Exception exception) when (IsUnavailable(exception))
        {
            throw new StorageUnavailableException($"The PostgreSQL database cannot be reached right now: {Reason(exception)}.", exception);
        }
    }

    public static async Task GuardAsync(Func<Task> operation) =>
        await GuardAsync(async () =>
        {
            await operation().ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);

    // SQLSTATE classes 08 (connection exception) and 53 (insufficient resources), and 57P01–57P05 (the server is shutting
    // down, restarting or not accepting connections yet): https://www.postgresql.org/docs/current/errcodes-appendix.html
    private static bool IsUnavailable(Exception exception) => exception switch
    {
        PostgresException postgres => postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
            || postgres.SqlState.StartsWith("53", StringComparison.Ordinal)
            || postgres.SqlState.StartsWith("57P0", StringComparison.Ordinal),
        NpgsqlException npgsql => npgsql.IsTransient || npgsql.InnerException is System.Net.Sockets.SocketException or IOException or TimeoutException,
        TimeoutException => true,
        _ => false,
    };

    private static string Reason(Exception exception) =>
        exception is PostgresException postgres ? $"{postgres.SqlState} {postgres.MessageText}" : exception.GetType().Name;
}
