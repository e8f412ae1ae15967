using NRules.Fluent;
using NRules.Fluent.Dsl;
using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Engine.Tests.IntegrationTests;

/// <summary>
/// Query elements: count, sum and collect over facts joined to an earlier pattern, with conditions on
/// the result, and over facts whose inputs are not all answered.
/// </summary>
public class AggregateTests
{
    private static readonly DateOnly AsOf = new(2017, 5, 1);

    [Theory]
    [InlineData(9, 0)]
    [InlineData(10, 1)]
    [InlineData(11, 1)]
    public void Count_RegisteredUnemployedHiresAroundThreshold_FiresFromTenOn(int hires, int expectedFired)
    {
        // Arrange
        var session = CreateSession(typeof(HiringSubsidyRule));
        var employer = new Employer { Id = 1 };
        session.Insert(employer);
        session.InsertAll(Hires(employer, hires, registered: true));

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(expectedFired, fired);
        Assert.Equal(expectedFired, session.Query<HiringSubsidy>().Count());
    }

    [Fact]
    public void Count_TenHires_BindsCountToAlias()
    {
        // Arrange
        var session = CreateSession(typeof(HiringSubsidyRule));
        var employer = new Employer { Id = 1 };
        session.Insert(employer);
        session.InsertAll(Hires(employer, 10, registered: true));

        // Act
        session.Fire();

        // Assert
        var subsidy = Assert.Single(session.Query<HiringSubsidy>());
        Assert.Same(employer, subsidy.Employer);
        Assert.Equal(10, subsidy.Hires);
    }

    [Fact]
    public void Count_HiresNotRegisteredUnemployed_AreNotCounted()
    {
        // Arrange
        var session = CreateSession(typeof(HiringSubsidyRule));
        var employer = new Employer { Id = 1 };
        session.Insert(employer);
        session.InsertAll(Hires(employer, 9, registered: true));
        session.InsertAll(Hires(employer, 5, registered: false));

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(0, fired);
    }

    [Fact]
    public void Count_HiresOfAnotherEmployer_AreNotCounted()
    {
        // Arrange
        var session = CreateSession(typeof(HiringSubsidyRule));
        var small = new Employer { Id = 1 };
        var large = new Employer { Id = 2 };
        session.InsertAll([small, large]);
        session.InsertAll(Hires(small, 9, registered: true));
        session.InsertAll(Hires(large, 12, registered: true));

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(1, fired);
        var subsidy = Assert.Single(session.Query<HiringSubsidy>());
        Assert.Same(large, subsidy.Employer);
        Assert.Equal(12, subsidy.Hires);
    }

    [Fact]
    public void Count_TenthHireInsertedAfterFire_Fires()
    {
        // Arrange
        var session = CreateSession(typeof(HiringSubsidyRule));
        var employer = new Employer { Id = 1 };
        session.Insert(employer);
        session.InsertAll(Hires(employer, 9, registered: true));
        session.Fire();

        // Act
        session.InsertAll(Hires(employer, 1, registered: true));
        var fired = session.Fire();

        // Assert
        Assert.Equal(1, fired);
        Assert.Equal(10, Assert.Single(session.Query<HiringSubsidy>()).Hires);
    }

    [Fact]
    public void Count_HireRetractedBelowThreshold_WithdrawsYieldedFact()
    {
        // Arrange
        var session = CreateSession(typeof(HiringSubsidyRule));
        var employer = new Employer { Id = 1 };
        var hires = Hires(employer, 10, registered: true);
        session.Insert(employer);
        session.InsertAll(hires);
        session.Fire();

        // Act
        session.Retract(hires[0]);
        session.Fire();

        // Assert
        Assert.Empty(session.Query<HiringSubsidy>());
    }

    [Fact]
    public void Count_HireUpdatedToNotRegistered_WithdrawsYieldedFact()
    {
        // Arrange
        var session = CreateSession(typeof(HiringSubsidyRule));
        var employer = new Employer { Id = 1 };
        var hires = Hires(employer, 10, registered: true);
        session.Insert(employer);
        session.InsertAll(hires);
        session.Fire();

        // Act
        hires[3].WasRegisteredUnemployed = false;
        session.Update(hires[3]);
        session.Fire();

        // Assert
        Assert.Empty(session.Query<HiringSubsidy>());
    }

    [Fact]
    public void Count_MoreHiresAfterFire_KeepsOneYieldedFactWithNewCount()
    {
        // Arrange
        var session = CreateSession(typeof(HiringSubsidyRule));
        var employer = new Employer { Id = 1 };
        session.Insert(employer);
        session.InsertAll(Hires(employer, 10, registered: true));
        session.Fire();

        // Act
        session.InsertAll(Hires(employer, 2, registered: true));
        session.Fire();

        // Assert
        Assert.Equal(12, Assert.Single(session.Query<HiringSubsidy>()).Hires);
    }

    [Fact]
    public void Determine_NineKnownAndOneUnknownHire_IsUnknownAndNamesOnlyThatHire()
    {
        // Arrange
        var session = CreateSession(typeof(HiringSubsidyRule));
        var employer = new Employer { Id = 1 };
        var unanswered = new Hire { EmployerId = 1 };
        session.Insert(employer);
        session.InsertAll(Hires(employer, 9, registered: true));
        session.Insert(unanswered);
        session.Fire();

        // Act
        var determination = session.Determine<HiringSubsidy>();

        // Assert
        Assert.Equal(Truth.Unknown, determination.Truth);
        var missing = Assert.Single(determination.Missing);
        Assert.Equal("hire.wasRegisteredUnemployed", missing.VariableId);
        Assert.Same(unanswered, missing.Fact);
        Assert.Empty(determination.Facts);
    }

    [Fact]
    public void Determine_EightKnownAndTwoUnknownHires_IsUnknownAndNamesBothHires()
    {
        // Arrange
        var session = CreateSession(typeof(HiringSubsidyRule));
        var employer = new Employer { Id = 1 };
        var first = new Hire { EmployerId = 1 };
        var second = new Hire { EmployerId = 1 };
        session.Insert(employer);
        session.InsertAll(Hires(employer, 8, registered: true));
        session.InsertAll([first, second]);
        session.Fire();

        // Act
        var determination = session.Determine<HiringSubsidy>();

        // Assert
        Assert.Equal(Truth.Unknown, determination.Truth);
        Assert.Equal(["hire.wasRegisteredUnemployed"], determination.MissingVariableIds);
        Assert.Equal(2, determination.Missing.Count);
        Assert.Contains(determination.Missing, m => ReferenceEquals(m.Fact, first));
        Assert.Contains(determination.Missing, m => ReferenceEquals(m.Fact, second));
    }

    [Fact]
    public void Determine_TenKnownAndOneUnknownHire_IsTrueWithNothingMissing()
    {
        // Arrange
        var session = CreateSession(typeof(HiringSubsidyRule));
        var employer = new Employer { Id = 1 };
        session.Insert(employer);
        session.InsertAll(Hires(employer, 10, registered: true));
        session.Insert(new Hire { EmployerId = 1 });
        session.Fire();

        // Act
        var determination = session.Determine<HiringSubsidy>();

        // Assert
        Assert.Equal(Truth.True, determination.Truth);
        Assert.Empty(determination.Missing);
        Assert.Equal(10, Assert.IsType<HiringSubsidy>(Assert.Single(determination.Facts)).Hires);
    }

    [Fact]
    public void Determine_FiveKnownAndOneUnknownHire_IsFalseWithNothingMissing()
    {
        // Arrange
        var session = CreateSession(typeof(HiringSubsidyRule));
        var employer = new Employer { Id = 1 };
        session.Insert(employer);
        session.InsertAll(Hires(employer, 5, registered: true));
        session.Insert(new Hire { EmployerId = 1 });
        session.Fire();

        // Act
        var determination = session.Determine<HiringSubsidy>();

        // Assert
        Assert.Equal(Truth.False, determination.Truth);
        Assert.Empty(determination.Missing);
    }

    [Theory]
    [InlineData(true, Truth.True)]
    [InlineData(false, Truth.False)]
    public void Determine_UnknownHireAnswered_IsDetermined(bool registered, Truth expected)
    {
        // Arrange
        var session = CreateSession(typeof(HiringSubsidyRule));
        var employer = new Employer { Id = 1 };
        var unanswered = new Hire { EmployerId = 1 };
        session.Insert(employer);
        session.InsertAll(Hires(employer, 9, registered: true));
        session.Insert(unanswered);
        session.Fire();

        // Act
        unanswered.WasRegisteredUnemployed = registered;
        session.Update(unanswered);
        session.Fire();

        // Assert
        var determination = session.Determine<HiringSubsidy>();
        Assert.Equal(expected, determination.Truth);
        Assert.Empty(determination.Missing);
    }

    [Fact]
    public void Determine_NineKnownAndOneUncertainHire_IsUnknownWithUncertainInput()
    {
        // Arrange
        var session = CreateSession(typeof(HiringSubsidyRule));
        var employer = new Employer { Id = 1 };
        var uncertain = new Hire { EmployerId = 1, WasRegisteredUnemployed = Input<bool>.Uncertain };
        session.Insert(employer);
        session.InsertAll(Hires(employer, 9, registered: true));
        session.Insert(uncertain);
        session.Fire();

        // Act
        var determination = session.Determine<HiringSubsidy>();

        // Assert
        Assert.Equal(Truth.Unknown, determination.Truth);
        Assert.Empty(determination.Missing);
        Assert.Same(uncertain, Assert.Single(determination.Uncertain).Fact);
    }

    [Theory]
    [InlineData(49_999.99, 0)]
    [InlineData(50_000, 1)]
    public void Sum_WagesAroundThreshold_FiresFromThresholdOn(double secondWage, int expectedFired)
    {
        // Arrange
        var session = CreateSession(typeof(LargePayrollRule));
        var employer = new Employer { Id = 1 };
        session.Insert(employer);
        session.Insert(new Hire { EmployerId = 1, Wage = 50_000m });
        session.Insert(new Hire { EmployerId = 1, Wage = (decimal)secondWage });
        session.Insert(new Hire { EmployerId = 2, Wage = 1_000_000m });

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(expectedFired, fired);
        if (expectedFired == 1)
        {
            Assert.Equal(100_000m, Assert.Single(session.Query<LargePayroll>()).Total);
        }
    }

    [Fact]
    public void Sum_SelectorReadsUnknownInput_IsUnknown()
    {
        // Arrange
        var session = CreateSession(typeof(DeclaredPayrollRule));
        var employer = new Employer { Id = 1 };
        var undeclared = new Hire { EmployerId = 1 };
        session.Insert(employer);
        session.Insert(new Hire { EmployerId = 1, DeclaredWage = 6_000m });

        // Act
        var error = Record.Exception(() => session.Insert(undeclared));
        session.Fire();

        // Assert
        Assert.Null(error);
        var determination = session.Determine<DeclaredPayroll>();
        Assert.Equal(Truth.Unknown, determination.Truth);
        Assert.Equal(["hire.declaredWage"], determination.MissingVariableIds);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    public void Collect_HiresAroundMinimum_FiresWithCollectedFacts(int hires, int expectedFired)
    {
        // Arrange
        var session = CreateSession(typeof(WorkforceRule));
        var employer = new Employer { Id = 1 };
        var employed = Hires(employer, hires, registered: false);
        session.Insert(employer);
        session.InsertAll(employed);
        session.Insert(new Hire { EmployerId = 2 });

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(expectedFired, fired);
        if (expectedFired == 1)
        {
            var workforce = Assert.Single(session.Query<Workforce>());
            Assert.Equal(employed.Count, workforce.Hires.Count);
            Assert.All(employed, h => Assert.Contains(h, workforce.Hires));
        }
    }

    [Fact]
    public void Collect_HireAddedAfterFire_YieldsFactWithGrownCollection()
    {
        // Arrange
        var session = CreateSession(typeof(WorkforceRule));
        var employer = new Employer { Id = 1 };
        session.Insert(employer);
        session.InsertAll(Hires(employer, 2, registered: true));
        session.Fire();

        // Act
        session.InsertAll(Hires(employer, 1, registered: true));
        session.Fire();

        // Assert
        Assert.Equal(3, Assert.Single(session.Query<Workforce>()).Hires.Count);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    public void Count_AsFirstElement_FiresOnlyWhileNoFactMatches(int hires, int expectedFired)
    {
        // Arrange
        var session = CreateSession(typeof(NoHiresRule));
        for (var i = 0; i < hires; i++)
        {
            session.Insert(new Hire { EmployerId = 1 });
        }

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(expectedFired, fired);
    }

    private static ISession CreateSession(params Type[] rules)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.NestedTypes().From(rules));
        return repository.CompileThreeValued().CreateSession(AsOf);
    }

    private static List<Hire> Hires(Employer employer, int count, bool registered) =>
        Enumerable.Range(0, count).Select(_ => new Hire { EmployerId = employer.Id, WasRegisteredUnemployed = registered }).ToList();

    public sealed class Employer
    {
        public int Id { get; set; }
    }

    public sealed class Hire
    {
        public int EmployerId { get; set; }

        public Input<bool> WasRegisteredUnemployed { get; set; }

        public decimal Wage { get; set; }

        public Input<decimal> DeclaredWage { get; set; }
    }

    public sealed record HiringSubsidy(Employer Employer, int Hires);

    public sealed record LargePayroll(Employer Employer, decimal Total);

    public sealed record DeclaredPayroll(Employer Employer, decimal Total);

    public sealed record Workforce(Employer Employer, IReadOnlyList<Hire> Hires);

    public sealed record NoHires;

    /// <summary>An employer that hired 10 or more registered-unemployed people.</summary>
    [Name("Aggregate.HiringSubsidy")]
    public sealed class HiringSubsidyRule : Rule
    {
        public override void Define()
        {
            Employer employer = default!;
            var hires = 0;

            When()
                .Match(() => employer)
                .Query(() => hires, q => q
                    .Match<Hire>(h => h.EmployerId == employer.Id, h => h.WasRegisteredUnemployed.Value)
                    .Collect()
                    .Select(c => c.Count())
                    .Where(c => c >= 10));
            Then()
                .Yield(ctx => new HiringSubsidy(employer, hires));
        }
    }

    [Name("Aggregate.LargePayroll")]
    public sealed class LargePayrollRule : Rule
    {
        public override void Define()
        {
            Employer employer = default!;
            var total = 0m;

            When()
                .Match(() => employer)
                .Query(() => total, q => q
                    .Match<Hire>(h => h.EmployerId == employer.Id)
                    .Collect()
                    .Select(c => c.Sum(h => h.Wage))
                    .Where(t => t >= 100_000m));
            Then()
                .Yield(ctx => new LargePayroll(employer, total));
        }
    }

    [Name("Aggregate.DeclaredPayroll")]
    public sealed class DeclaredPayrollRule : Rule
    {
        public override void Define()
        {
            Employer employer = default!;
            var total = 0m;

            When()
                .Match(() => employer)
                .Query(() => total, q => q
                    .Match<Hire>(h => h.EmployerId == employer.Id)
                    .Collect()
                    .Select(c => c.Sum(h => h.DeclaredWage.Value))
                    .Where(t => t >= 10_000m));
            Then()
                .Yield(ctx => new DeclaredPayroll(employer, total));
        }
    }

    [Name("Aggregate.Workforce")]
    public sealed class WorkforceRule : Rule
    {
        public override void Define()
        {
            Employer employer = default!;
            IEnumerable<Hire> hires = [];

            When()
                .Match(() => employer)
                .Query(() => hires, q => q
                    .Match<Hire>(h => h.EmployerId == employer.Id)
                    .Collect()
                    .Where(list => list.Count() >= 2));
            Then()
                .Yield(ctx => new Workforce(employer, hires.ToList()));
        }
    }

    [Name("Aggregate.NoHires")]
    public sealed class NoHiresRule : Rule
    {
        public override void Define()
        {
            var hires = 0;

            When()
                .Query(() => hires, q => q.Match<Hire>().Collect().Select(c => c.Count()).Where(c => c == 0));
            Then()
                .Yield(ctx => new NoHires());
        }
    }
}
