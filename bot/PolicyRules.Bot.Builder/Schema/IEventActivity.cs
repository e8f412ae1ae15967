namespace PolicyRules.Bot.Builder.Schema;

/// <summary>The fields of an <c>event</c> activity.</summary>
public interface IEventActivity : IActivity
{
    string? Name { get; set; }

    object? Value { get; set; }
}
