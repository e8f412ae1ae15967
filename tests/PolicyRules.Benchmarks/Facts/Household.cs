using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Benchmarks.Facts;

public sealed class Household
{
    public required string Id { get; init; }

    public Input<string> District { get; set; }

    public Input<int> WorkingAgeMembers { get; set; }

    public Input<int> EmployedMembers { get; set; }

    public Input<decimal> MonthlyIncomePerCapita { get; set; }
}
