namespace PolicyRules.Cli;

internal sealed class UsageException(string message) : Exception(message);
