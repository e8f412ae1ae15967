namespace PolicyRules.Bot.Builder.Testing;

/// <summary>A <see cref="TestFlow"/> step found a reply other than the one expected.</summary>
public sealed class TestFlowAssertionException : Exception
{
    public TestFlowAssertionException()
    {
    }

    public TestFlowAssertionException(string message)
        : base(message)
    {
    }

    public TestFlowAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
