using System.Reflection;
using PolicyRules.Rules;
using PolicyRules.Screening.Parameters;
using PolicyRules.Screening.Catalog;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Screening;

/// <summary>
/// The screening services over one set of policy areas: what the conversation, the REST API and the
/// CLI receive, so that nothing above this layer reaches into the rules or the engine. Built once
/// (loading and compiling the rules is the slow part) and shared by every request.
/// </summary>
public sealed class ScreeningServices
{
    private static readonly Lazy<ScreeningServices> Shared = new(() => new ScreeningServices(PolicyLibrary.Default));

    private ScreeningServices(PolicyLibrary library)
    {
        var variables = new VariableRegistry(library);
        Catalog = new PolicyCatalog(library, variables);
        Eligibility = new EligibilityService(library, variables);
    }

    /// <summary>The areas of the rules library.</summary>
    public static ScreeningServices Default => Shared.Value;

    public PolicyCatalog Catalog { get; }

    public EligibilityService Eligibility { get; }

    public VariableRegistry Variables => Eligibility.Variables;

    /// <summary>The areas of the rules library and of <paramref name="areaAssemblies"/> (a test's own area, say).</summary>
    public static ScreeningServices Create(params Assembly[] areaAssemblies) => new(PolicyLibrary.Load(areaAssemblies));

    /// <summary>
    /// As <see cref="Create(Assembly[])"/>, with the figures an operator set in <paramref name="operatorParametersFile"/>
    /// (see <see cref="OperatorParameters"/>); none when it is null. A mistake in the file is an
    /// <see cref="OperatorParametersException"/> that names it.
    /// </summary>
    public static ScreeningServices Create(string? operatorParametersFile, params Assembly[] areaAssemblies)
    {
        var library = PolicyLibrary.Load(areaAssemblies);
        if (operatorParametersFile is not null)
        {
            OperatorParameters.Read(operatorParametersFile).ApplyTo(library.Catalogs);
        }

        return new(library);
    }
}
