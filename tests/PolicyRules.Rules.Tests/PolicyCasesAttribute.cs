using System.Reflection;
using Xunit.Sdk;

namespace PolicyRules.Rules.Tests;

/// <summary>Turns each case of every area (Cases/&lt;area id&gt;/*.yaml) into one theory row, named by the case.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PolicyCasesAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
        PolicyLibrary.Default.Areas.SelectMany(a => PolicyCases.Load(a.Id)).Select(c => new object[] { c });
}
