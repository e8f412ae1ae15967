using PolicyRules.Bot.Builder.Schema;

namespace PolicyRules.Bot.Builder;

/// <summary>A turn context whose activity is known to be of a given kind (e.g. <see cref="IMessageActivity"/>).</summary>
public interface ITurnContext<out T> : ITurnContext
    where T : IActivity
{
    /// <summary>The incoming activity, typed.</summary>
    new T Activity { get; }
}
