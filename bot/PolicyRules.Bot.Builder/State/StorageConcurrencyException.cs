namespace PolicyRules.Bot.Builder.State;

/// <summary>A write was rejected because the stored item changed since it was read.</summary>
public sealed class StorageConcurrencyException : Exception
{
    public StorageConcurrencyException()
        : base("A stored item changed since it was read.")
    {
    }

    public StorageConcurrencyException(string message)
        : base(message)
    {
    }

    public StorageConcurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StorageConcurrencyException(string key, string? expectedETag, string? actualETag)
        : base($"ETag conflict writing storage key '{key}': the write carried ETag '{expectedETag}' but the stored item has ETag '{actualETag}'. "
            + "Another turn changed it since it was read; read it again and retry, or write with ETag \"*\" to overwrite.")
    {
        Key = key;
        ExpectedETag = expectedETag;
        ActualETag = actualETag;
    }

    /// <summary>The storage key whose write was rejected.</summary>
    public string? Key { get; }

    /// <summary>The ETag the write carried.</summary>
    public string? ExpectedETag { get; }

    /// <summary>The ETag of the stored item.</summary>
    public string? ActualETag { get; }
}
