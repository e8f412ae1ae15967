namespace PolicyRules.Screening.Variables;

/// <summary>The request had inputs that cannot be used; nothing was evaluated.</summary>
public sealed class InvalidInputException(IReadOnlyList<InputError> errors)
    : Exception(string.Join(Environment.NewLine, errors.Select(e => $"{e.Variable}: {e.MessageEn}")))
{
    public IReadOnlyList<InputError> Errors { get; } = errors;
}
