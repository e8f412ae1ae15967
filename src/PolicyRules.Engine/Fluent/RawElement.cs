using System.Linq.Expressions;
using System.Reflection;
using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine.Fluent;

/// <summary>A left-hand-side element as written, before aliases are resolved into declarations.</summary>
internal abstract class RawElement(MemberInfo? alias)
{
    public MemberInfo? Alias { get; } = alias;

    public abstract RuleElement ToModel(DeclarationScope scope, int index);
}
