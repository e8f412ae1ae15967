using System.Reflection;

namespace PolicyRules.Engine.Fluent;

/// <summary>A finished aggregation query, ready to become a rule element.</summary>
internal interface IAggregateSource
{
    RawElement ToRaw(MemberInfo alias, Type resultType);
}
