using PolicyRules.SampleArea.ChildcareAllowance;
using PolicyRules.Screening;

namespace PolicyRules.Cli.Tests;

/// <summary>
/// <c>policyrules</c> over screening services with a throw-away area from another assembly lists and
/// evaluates it like school enrolment; a bad operator parameter file is refused naming it.
/// </summary>
public sealed class SampleAreaCliTests
{
    private static readonly ScreeningServices WithSampleArea = ScreeningServices.Create(typeof(ChildcareParameters).Assembly);

    [Fact]
    public async Task Programs_SampleAreaLoaded_ListsItsProgramAndArea()
    {
        // Act
        var run = await CliRun.RunAsync(() => WithSampleArea, "programs", "--lang", "en");

        // Assert
        Assert.Equal(0, run.ExitCode);
        var program = run.Json.EnumerateArray().Single(p => p.GetProperty("id").GetString() == ChildcareAllowanceNames.Program);
        Assert.Equal("childcare-allowance", program.GetProperty("area").GetString());
        Assert.Equal("Childcare allowance", program.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Variables_SampleProgram_ListsTheSharedAndTheOwnVariablesWithTheirAreaAndTheProgramsReason()
    {
        // Act
        var run = await CliRun.RunAsync(() => WithSampleArea, "variables", "--program", ChildcareAllowanceNames.Program);

        // Assert
        Assert.Equal(0, run.ExitCode);
        var areas = run.Json.EnumerateArray().ToDictionary(v => v.GetProperty("id").GetString()!, v => v.GetProperty("area").GetString());
        Assert.Equal(new Dictionary<string, string?> { ["child.birthDate"] = "citizen", ["childcare.inCare"] = "childcare-allowance", ["childcare.monthsInCare"] = "childcare-allowance" }, areas);
        var birthDate = run.Json.EnumerateArray().Single(v => v.GetProperty("id").GetString() == "child.birthDate");
        Assert.Equal("托育补贴发给2023年1月1日以后出生的孩子。", birthDate.GetProperty("why").GetString());
    }

    [Fact]
    public async Task Evaluate_SampleCase_PrintsTheAmounts()
    {
        // Act
        var run = await CliRun.RunWithInputAsync(
            """{ "date": "2026-12-05", "facts": { "childcare.inCare": true, "child.birthDate": "2024-03-01", "childcare.monthsInCare": 4 } }""",
            () => WithSampleArea, "evaluate", "-", "--lang", "en");

        // Assert
        Assert.Equal(0, run.ExitCode);
        var amounts = run.Program(ChildcareAllowanceNames.Program).GetProperty("amounts").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()!);
        Assert.Equal(2000m, amounts["monthly-allowance"].GetProperty("value").GetDecimal());
        Assert.Equal("total", amounts["monthly-allowance"].GetProperty("period").GetString());
        Assert.Equal("[the district's supplement rate — not set yet]", amounts["district-supplement"].GetProperty("formula").GetString());
    }

    [Theory]
    [InlineData("", "cannot be read")]
    [InlineData("nowhere:\n  x:\n    - { from: 2026-01-01, value: 1, source: x }\n", "there is no area 'nowhere'")]
    public async Task Programs_BadOperatorParameterFile_ExitsOneNamingTheFile(string yaml, string mistake)
    {
        // Arrange
        var file = Path.Combine(Path.GetTempPath(), $"policyrules-operator-{Guid.NewGuid():N}.yaml");
        if (yaml.Length > 0)
        {
            File.WriteAllText(file, yaml);
        }

        // Act
        var run = await CliRun.RunAsync("programs", "--parameters", file);

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(file, run.Error, StringComparison.Ordinal);
        Assert.Contains(mistake, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Assembly_Cli_ReferencesNeitherTheRulesNorTheEngine()
    {
        // Act
        var references = typeof(CommandLine).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToArray();

        // Assert
        Assert.DoesNotContain("PolicyRules.Rules", references);
        Assert.DoesNotContain("PolicyRules.Engine", references);
    }
}
