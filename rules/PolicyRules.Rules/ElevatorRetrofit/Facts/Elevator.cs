using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Rules.ElevatorRetrofit.Facts;

/// <summary>The elevator to be added (one per entrance): what it costs (四(二), 四(三): caps are per elevator, 台).</summary>
public sealed class Elevator
{
    /// <summary>加装电梯购置及安装所实际发生费用, yuan (or the estimate before the works).</summary>
    [Variable("elevator.installationCost")]
    public Input<decimal> InstallationCost { get; set; }

    /// <summary>水、电、气、热、暖等改造的实际发生费用, yuan; 0 when none.</summary>
    [Variable("elevator.pipelineWorksCost")]
    public Input<decimal> PipelineWorksCost { get; set; }
}
