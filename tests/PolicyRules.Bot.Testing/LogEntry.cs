using Microsoft.Extensions.Logging;

namespace PolicyRules.Bot.Testing;

/// <summary>One log entry as written: its category, level, message and the exception logged with it, if any.</summary>
public sealed record LogEntry(string Category, LogLevel Level, string Message, string? Exception)
{
    /// <summary>Everything the entry would put in a log file.</summary>
    public string Text => Exception is null ? Message : $"{Message}{Environment.NewLine}{Exception}";
}
