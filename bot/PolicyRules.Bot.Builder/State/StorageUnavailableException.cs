namespace PolicyRules.Bot.Builder.State;

/// <summary>
/// The store cannot be reached or written to right now (the database is down or restarting, the disk is full or
/// read-only): nothing of the failed operation was kept, and it can be tried again once the store is back. The
/// <see cref="Exception.InnerException"/> is the store's own error.
/// </summary>
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException()
        : base("The conversation store cannot be reached or written to right now.")
    {
    }

    public StorageUnavailableException(string message)
        : base(message)
    {
    }

    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
