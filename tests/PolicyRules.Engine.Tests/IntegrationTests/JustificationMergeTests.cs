using NRules.Fluent;
using NRules.Fluent.Dsl;
using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Engine.Tests.IntegrationTests;

/// <summary>
/// Several justifications of one conclusion: alternative routes that would each derive an equal
/// fact give one possible fact (not a copy per route), whose missing inputs are those of every route
/// still open; a route closing removes only its own inputs.
/// </summary>
public class JustificationMergeTests
{
    private static readonly DateOnly AsOf = new(2017, 5, 1);

    [Fact]
    public void Fire_TwoOpenRoutesToOneConclusion_OnePossibleFactMissingBothRoutesInputs()
    {
        // Arrange
        var session = CreateSession();
        session.Insert(new Applicant());

        // Act
        session.Fire();
        var proof = session.Determine<ProofMet>();

        // Assert
        Assert.Equal(Truth.Unknown, proof.Truth);
        Assert.Single(proof.PossibleFacts);
        Assert.Equal(["applicant.employed", "applicant.selfEmployed"], proof.MissingVariableIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Update_OneRouteCloses_PossibleFactKeepsOnlyTheOtherRoutesInputs()
    {
        // Arrange
        var session = CreateSession();
        var applicant = new Applicant();
        session.Insert(applicant);
        session.Fire();

        // Act
        applicant.Employed = false;
        session.Update(applicant);
        session.Fire();
        var proof = session.Determine<ProofMet>();

        // Assert
        Assert.Equal(Truth.Unknown, proof.Truth);
        Assert.Equal(["applicant.selfEmployed"], proof.MissingVariableIds);
    }

    [Fact]
    public void Update_BothRoutesClose_ConclusionIsFalse()
    {
        // Arrange
        var session = CreateSession();
        var applicant = new Applicant();
        session.Insert(applicant);
        session.Fire();

        // Act
        applicant.Employed = false;
        applicant.SelfEmployed = false;
        session.Update(applicant);
        session.Fire();

        // Assert
        Assert.Equal(Truth.False, session.Determine<ProofMet>().Truth);
        Assert.Equal(Truth.False, session.Determine<Eligible>().Truth);
    }

    [Fact]
    public void Update_OneRouteHolds_ConclusionIsTrueWithNothingMissing()
    {
        // Arrange
        var session = CreateSession();
        var applicant = new Applicant();
        session.Insert(applicant);
        session.Fire();

        // Act
        applicant.SelfEmployed = true;
        session.Update(applicant);
        session.Fire();
        var eligible = session.Determine<Eligible>();

        // Assert
        Assert.Equal(Truth.True, eligible.Truth);
        Assert.Empty(eligible.Missing);
    }

    [Fact]
    public void Fire_DownstreamOfMergedRoutes_OnePossibleMatchNotOnePerRoute()
    {
        // Arrange
        var session = CreateSession();
        session.Insert(new Applicant());

        // Act
        session.Fire();
        var eligible = session.Determine<Eligible>();

        // Assert
        Assert.Single(eligible.PossibleFacts);
        Assert.Equal(["applicant.employed", "applicant.selfEmployed"], eligible.MissingVariableIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Fire_YieldOfAConstantArgument_BuildsANewFactForEachMatch()
    {
        // Arrange
        var session = CreateSession();
        session.Insert(new Applicant { Employed = true, SelfEmployed = true });

        // Act
        session.Fire();

        // Assert: two certain derivations, two distinct objects (a shared folded constant would give one)
        var proofs = session.Query<ProofMet>().ToArray();
        Assert.Equal(2, proofs.Length);
        Assert.False(ReferenceEquals(proofs[0], proofs[1]));
    }

    private static ISession CreateSession()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.NestedTypes().From(typeof(EmployedRoute), typeof(SelfEmployedRoute), typeof(EligibleRule)));
        return repository.CompileThreeValued().CreateSession(AsOf);
    }

    public sealed class Applicant
    {
        public Input<bool> Employed { get; set; }

        public Input<bool> SelfEmployed { get; set; }
    }

    public sealed record ProofMet(string Kind);

    public sealed record Eligible(string Program);

    [Name("JustificationMerge.EmployedRoute")]
    public sealed class EmployedRoute : Rule
    {
        public override void Define()
        {
            When().Match<Applicant>(a => a.Employed.Value);
            Then().Yield(_ => new ProofMet("work"));
        }
    }

    [Name("JustificationMerge.SelfEmployedRoute")]
    public sealed class SelfEmployedRoute : Rule
    {
        public override void Define()
        {
            When().Match<Applicant>(a => a.SelfEmployed.Value);
            Then().Yield(_ => new ProofMet("work"));
        }
    }

    [Name("JustificationMerge.EligibleRule")]
    public sealed class EligibleRule : Rule
    {
        public override void Define()
        {
            ProofMet proof = default!;
            When().Match(() => proof);
            Then().Yield(_ => new Eligible("p"));
        }
    }
}
