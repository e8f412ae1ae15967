using PolicyRules.SampleArea.ChildcareAllowance;
using PolicyRules.Screening;

namespace PolicyRules.Rules.Tests;

/// <summary>
/// Policy cases with <c>amounts:</c>, against the throw-away area of tests/PolicyRules.SampleArea: a
/// value where every figure and answer is known, the formula naming what is missing where not, on both
/// sides of the area's birth-date cut-off.
/// </summary>
public sealed class SampleAreaCaseTests
{
    private const string Cases = """
        - name: 2023年1月2日出生、托育10个月：补贴5000元，区补贴标准未设定时给出公式
          date: 2026-12-05
          input: { childcare.inCare: true, child.birthDate: 2023-01-02, childcare.monthsInCare: 10 }
          output: { childcare-allowance.allowance: eligible }
          amounts:
            childcare-allowance.allowance: { monthly-allowance: 5000, district-supplement: 区补贴标准（尚未设定） }
          cites: [样例文〔2026〕1号 一]
          fired: [childcare-allowance/1/applies, childcare-allowance/1/allowance]
        - name: 2023年1月1日出生：“以后”不含当日，不符合
          date: 2026-12-05
          input: { childcare.inCare: true, child.birthDate: 2023-01-01, childcare.monthsInCare: 10 }
          output: { childcare-allowance.allowance: ineligible }
        - name: 托育月数不知道：补贴给出公式，不编造数字
          date: 2026-12-05
          input: { childcare.inCare: true, child.birthDate: 2024-06-30, childcare.monthsInCare: uncertain }
          output: { childcare-allowance.allowance: eligible }
          amounts:
            childcare-allowance.allowance: { monthly-allowance: 500元 × ［孩子在托育机构托育了几个月（您不知道）］ }
        """;

    private static readonly EligibilityService Service = ScreeningServices.Create(typeof(ChildcareParameters).Assembly).Eligibility;

    public static TheoryData<string> Names => [.. PolicyCases.Parse(Cases).Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Evaluate_SampleAreaCase_ReportSaysWhatTheCaseExpects(string name)
    {
        // Arrange
        var policyCase = PolicyCases.Parse(Cases).Single(c => c.Name == name);

        // Act
        var (report, fired) = CaseRunner.Run(policyCase, Service);

        // Assert
        PolicyCaseAssert.Meets(policyCase, report, fired);
    }
}
