using System.Linq.Expressions;
using System.Reflection;
using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine.Fluent;

internal enum PatternKind
{
    Match,
    Exists,
    Not,
}

internal sealed class RawPattern(PatternKind kind, Type factType, MemberInfo? alias, IReadOnlyList<LambdaExpression> conditions)
    : RawElement(alias)
{
    public PatternKind Kind { get; } = kind;

    public override RuleElement ToModel(DeclarationScope scope, int index)
    {
        var pattern = ToPattern(scope, index);
        return Kind switch
        {
            PatternKind.Exists => new ExistsElement(pattern),
            PatternKind.Not => new NotElement(pattern),
            _ => pattern,
        };
    }

    public PatternElement ToPattern(DeclarationScope scope, int index)
    {
        var own = scope.Declare(Alias, factType, $"${Kind.ToString().ToLowerInvariant()}{index}");
        var normalized = conditions.Select(c => scope.NormalizeCondition(c, own)).ToArray();
        if (Kind == PatternKind.Match)
        {
            scope.Bind(Alias, own);
        }

        return new PatternElement(own, normalized);
    }
}
