namespace PolicyRules.Bot.Builder.State;

internal sealed class BotStatePropertyAccessor<T>(BotState state, string name) : IStatePropertyAccessor<T>
{
    public string Name { get; } = name;

    public async Task<T?> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default)
    {
        await state.LoadAsync(turnContext, force: false, cancellationToken).ConfigureAwait(false);
        if (state.TryGetPropertyValue<T>(turnContext, Name, out var value))
        {
            return value;
        }

        if (defaultValueFactory is null)
        {
            return default;
        }

        var created = defaultValueFactory();
        state.SetPropertyValue(turnContext, Name, created);
        return created;
    }

    public async Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default)
    {
        await state.LoadAsync(turnContext, force: false, cancellationToken).ConfigureAwait(false);
        state.SetPropertyValue(turnContext, Name, value);
    }

    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await state.LoadAsync(turnContext, force: false, cancellationToken).ConfigureAwait(false);
        state.DeletePropertyValue(turnContext, Name);
    }
}
