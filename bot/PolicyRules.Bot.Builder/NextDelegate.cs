namespace PolicyRules.Bot.Builder;

/// <summary>Continues the middleware pipeline.</summary>
public delegate Task NextDelegate(CancellationToken cancellationToken);
