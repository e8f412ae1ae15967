using BenchmarkDotNet.Attributes;
using PolicyRules.Benchmarks.Questions;
using PolicyRules.Screening;
using PolicyRules.Screening.Interview;
using PolicyRules.Screening.Reports;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Benchmarks.Benchmarks;

/// <summary>
/// What choosing the next question costs in a conversation turn, against the full explained report (reasons, failure
/// explanations, documents, deadlines) that the result card needs. The answers are those of the area's longest policy
/// case replayed as an interview (as <c>--questions</c> does), taken at its first question (no answers) and at its last
/// (every answer but one): the two ends of a screening.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfig))]
public class InterviewStepBenchmarks
{
    private InterviewPlanner _planner = null!;
    private EligibilityService _service = null!;
    private EvaluationRequest _request = null!;

    [Params("school-enrolment", "employment-subsidy", "veteran-placement")]
    public string Area { get; set; } = string.Empty;

    [Params(InterviewPosition.FirstQuestion, InterviewPosition.LastQuestion)]
    public InterviewPosition Position { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _service = ScreeningServices.Default.Eligibility;
        _planner = new InterviewPlanner(_service, _service.Variables);
        _request = InterviewReplay.Request(_service, _planner, Area, Position);
    }

    [Benchmark(Baseline = true)]
    public Report FullReport() => _service.Evaluate(_request);

    [Benchmark]
    public string? NextQuestion() => _planner.Next(_request.Date, _request.Locale, _request.Answers, _request.Programs!).Question?.Id;
}
