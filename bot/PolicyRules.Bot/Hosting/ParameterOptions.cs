namespace PolicyRules.Bot.Hosting;

/// <summary>The <c>Parameters</c> configuration section.</summary>
public sealed class ParameterOptions
{
    public const string Section = "Parameters";

    /// <summary>
    /// The operator's parameter file: the figures the policy texts depend on without giving them (a
    /// year's minimum wage…), each with its source. Relative to the content root. None by default: such
    /// amounts are then shown as formulas naming the missing figure.
    /// </summary>
    public string? OperatorFile { get; set; }
}
