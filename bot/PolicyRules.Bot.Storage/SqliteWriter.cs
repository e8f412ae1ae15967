using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace PolicyRules.Bot.Storage;

/// <summary>
/// The one connection that makes every write of a <see cref="SqliteStorage"/>, on a thread of its own. Callers queue
/// their work and await it, so no thread-pool thread ever waits for SQLite's write lock or for the disk. The thread takes
/// whatever is queued (up to <see cref="MaxBatch"/> pieces), runs it in one <c>BEGIN IMMEDIATE</c> transaction — each
/// piece in a savepoint of its own, so a piece that throws (a stale ETag) is undone alone — commits, and only then
/// completes the callers' tasks: what a caller is told is written is on disk. When the commit itself fails (the disk is
/// full, the file read-only) every piece of the batch fails with that error and nothing of it is kept.
/// </summary>
internal sealed class SqliteWriter : IDisposable
{
    /// <summary>At most this many queued pieces share a transaction: enough to spread a commit's cost, few enough to keep a batch short.</summary>
    public const int MaxBatch = 256;

    private readonly ConcurrentQueue<IQueuedWrite> _queue = new();

    // The thread sleeps on a kernel event, which never spins (spinning would take the core the turns need), and is woken
    // only when it said it is going to sleep, so that a busy queue costs no system call per write.
    private readonly AutoResetEvent _queued = new(initialState: false);
    private int _sleeping;
    private readonly string _connectionString;
    private readonly Action<SqliteConnection> _onOpen;
    private readonly Lazy<Thread> _thread;
    private volatile bool _disposed;

    /// <param name="connectionString">The database.</param>
    /// <param name="onOpen">Run on the connection each time it is opened (e.g. to create the schema).</param>
    public SqliteWriter(string connectionString, Action<SqliteConnection> onOpen)
    {
        _connectionString = connectionString;
        _onOpen = onOpen;
        _thread = new Lazy<Thread>(() =>
        {
            var thread = new Thread(Run) { IsBackground = true, Name = "SQLite writer" };
            thread.Start();
            return thread;
        });
    }

    /// <summary>Queues <paramref name="work"/>; the task completes with its result once the transaction it ran in is committed.</summary>
    /// <exception cref="ObjectDisposedException">The storage was disposed.</exception>
    public Task<T> RunAsync<T>(Func<SqliteWriteScope, T> work, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, typeof(SqliteStorage));
        var queued = new QueuedWrite<T>(work, cancellationToken);
        _ = _thread.Value;
        _queue.Enqueue(queued);
        if (Interlocked.Exchange(ref _sleeping, 0) == 1)
        {
            _queued.Set();
        }

        return queued.Task;
    }

    /// <summary>Stops taking work, lets the thread finish what is queued and closes the connection.</summary>
    public void Dispose()
    {
        _disposed = true;
        _queued.Set();
        if (_thread.IsValueCreated)
        {
            _thread.Value.Join();
        }

        _queued.Dispose();
    }

    private void Run()
    {
        SqliteConnection? connection = null;
        var batch = new List<IQueuedWrite>(MaxBatch);
        while (true)
        {
            while (batch.Count < MaxBatch && _queue.TryDequeue(out var next))
            {
                batch.Add(next);
            }

            if (batch.Count == 0)
            {
                if (_disposed)
                {
                    break;
                }

                // Idle: back to the pool, so the file is not held open by a storage nobody writes to.
                connection?.Dispose();
                connection = null;

                // Said before looking again, so a write queued in between wakes the thread rather than waiting unseen.
                Volatile.Write(ref _sleeping, 1);
                if (_queue.IsEmpty && !_disposed)
                {
                    _queued.WaitOne();
                }

                Volatile.Write(ref _sleeping, 0);
                continue;
            }

            try
            {
                connection ??= Open();
                RunBatch(connection, batch);
            }
            catch (Exception exception)
            {
                // The transaction could not start or commit: nothing of the batch is kept, and the connection is opened
                // afresh for the next one in case it was the connection that failed.
                foreach (var queued in batch)
                {
                    queued.Fail(exception);
                }

                connection?.Dispose();
                connection = null;
            }

            batch.Clear();
        }

        connection?.Dispose();

        // Queued as the storage was being disposed: refused, not left waiting forever.
        while (_queue.TryDequeue(out var late))
        {
            late.Fail(new ObjectDisposedException(nameof(SqliteStorage), "The SQLite storage was disposed before this write ran."));
        }
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            _onOpen(connection);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static void RunBatch(SqliteConnection connection, List<IQueuedWrite> batch)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        var scope = new SqliteWriteScope(connection, transaction);
        foreach (var queued in batch)
        {
            queued.Run(scope);
        }

        transaction.Commit();
        foreach (var queued in batch)
        {
            queued.Complete();
        }
    }

    private interface IQueuedWrite
    {
        /// <summary>Runs the work in a savepoint; a failure is undone and remembered, not thrown.</summary>
        void Run(SqliteWriteScope scope);

        /// <summary>The transaction committed: hands the caller its result (or the failure <see cref="Run"/> remembered).</summary>
        void Complete();

        /// <summary>The transaction did not commit.</summary>
        void Fail(Exception exception);
    }

    private sealed class QueuedWrite<T>(Func<SqliteWriteScope, T> work, CancellationToken cancellationToken) : IQueuedWrite
    {
        private const string Savepoint = "queued_write";

        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;
        private Exception? _failure;
        private bool _cancelled;

        public Task<T> Task => _completion.Task;

        public void Run(SqliteWriteScope scope)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                _cancelled = true;
                return;
            }

            scope.Transaction.Save(Savepoint);
            try
            {
                _result = work(scope);
                scope.Transaction.Release(Savepoint);
            }
            catch (Exception exception)
            {
                scope.Transaction.Rollback(Savepoint);
                scope.Transaction.Release(Savepoint);
                _failure = SqliteFailures.Translate(exception);
            }
        }

        public void Complete()
        {
            if (_cancelled)
            {
                _completion.TrySetCanceled(cancellationToken);
            }
            else if (_failure is not null)
            {
                _completion.TrySetException(_failure);
            }
            else
            {
                _completion.TrySetResult(_result!);
            }
        }

        public void Fail(Exception exception) => _completion.TrySetException(SqliteFailures.Translate(exception));
    }
}
