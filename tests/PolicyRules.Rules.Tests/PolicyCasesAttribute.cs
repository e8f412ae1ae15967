using System.Reflection;
using Xunit.Sdk;

namespace PolicyRules.Rules.Tests;

/// <summary>Turns each case of an area into one theory row, named by the case.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PolicyCasesAttribute(string area) : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
        PolicyCases.Load(area).Select(c => new object[] { c });
}
