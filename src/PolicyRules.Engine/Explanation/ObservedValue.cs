namespace PolicyRules.Engine.Explanation;

/// <summary>The value a sub-expression of a failed condition had, e.g. <c>child.BirthDate = 2011-09-01</c>.</summary>
public sealed record ObservedValue(string Expression, object? Value)
{
    public override string ToString() => $"{Expression} = {Value ?? "null"}";
}
