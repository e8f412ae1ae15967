using System.Reflection;
using PolicyRules.Rules;
using PolicyRules.Rules.Tests;
using Xunit.Sdk;

namespace PolicyRules.Referee.Tests;

/// <summary>Every policy case of every area, one theory row each: (area, case).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AllPolicyCasesAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
        PolicyLibrary.Default.Areas.Select(a => a.Id).SelectMany(area => PolicyCases.Load(area).Select(c => new object[] { area, c }));
}
