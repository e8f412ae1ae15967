namespace PolicyRules.Bot.Builder.State;

/// <summary>A typed slot in a <see cref="BotState"/>, obtained from <see cref="BotState.CreateProperty{T}"/>.</summary>
public interface IStatePropertyAccessor<T>
{
    /// <summary>The property name inside the state object.</summary>
    string Name { get; }

    /// <summary>
    /// The value for this turn, loading state if needed. When absent, <paramref name="defaultValueFactory"/>'s value is
    /// stored and returned (or default when there is no factory). Changes to the returned object are saved with the state.
    /// </summary>
    Task<T?> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default);

    Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default);

    Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
