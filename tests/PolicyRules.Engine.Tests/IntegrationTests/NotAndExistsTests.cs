using NRules.Fluent;
using NRules.Fluent.Dsl;
using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Engine.Tests.IntegrationTests;

/// <summary>Not and Exists elements: with join conditions, as a rule's first element, and over uncertain facts.</summary>
public class NotAndExistsTests
{
    private static readonly DateOnly AsOf = new(2017, 5, 1);

    [Fact]
    public void Not_NoExcludedFact_Fires()
    {
        // Arrange
        var session = CreateSession(typeof(ClearedRule));
        var applicant = new Applicant { Id = 1 };
        session.Insert(applicant);

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(1, fired);
        Assert.Same(applicant, Assert.Single(session.Query<Cleared>()).Applicant);
    }

    [Fact]
    public void Not_ExcludedFactForSameApplicant_DoesNotFire()
    {
        // Arrange
        var session = CreateSession(typeof(ClearedRule));
        session.Insert(new Sanction { ApplicantId = 1, IsActive = true });
        session.Insert(new Applicant { Id = 1 });

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(0, fired);
        Assert.Empty(session.Query<Cleared>());
    }

    [Fact]
    public void Not_ExcludedFactForOtherApplicant_StillFires()
    {
        // Arrange
        var session = CreateSession(typeof(ClearedRule));
        session.Insert(new Applicant { Id = 1 });
        session.Insert(new Sanction { ApplicantId = 2, IsActive = true });

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(1, fired);
    }

    [Fact]
    public void Not_ExcludedFactFailsItsOwnCondition_StillFires()
    {
        // Arrange
        var session = CreateSession(typeof(ClearedRule));
        session.Insert(new Applicant { Id = 1 });
        session.Insert(new Sanction { ApplicantId = 1, IsActive = false });

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(1, fired);
    }

    [Fact]
    public void Not_ExcludedFactInsertedBeforeFire_CancelsActivation()
    {
        // Arrange
        var session = CreateSession(typeof(ClearedRule));
        session.Insert(new Applicant { Id = 1 });
        session.Insert(new Sanction { ApplicantId = 1, IsActive = true });

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(0, fired);
    }

    [Fact]
    public void Not_ExcludedFactInsertedAfterFire_WithdrawsYieldedFact()
    {
        // Arrange
        var session = CreateSession(typeof(ClearedRule));
        session.Insert(new Applicant { Id = 1 });
        session.Fire();

        // Act
        session.Insert(new Sanction { ApplicantId = 1, IsActive = true });

        // Assert
        Assert.Empty(session.Query<Cleared>());
    }

    [Fact]
    public void Not_ExcludedFactRetracted_FiresAgain()
    {
        // Arrange
        var session = CreateSession(typeof(ClearedRule));
        var sanction = new Sanction { ApplicantId = 1, IsActive = true };
        session.Insert(new Applicant { Id = 1 });
        session.Insert(sanction);
        session.Fire();

        // Act
        session.Retract(sanction);
        var fired = session.Fire();

        // Assert
        Assert.Equal(1, fired);
        Assert.Single(session.Query<Cleared>());
    }

    [Fact]
    public void Not_ExcludedFactUpdatedToLapse_Fires()
    {
        // Arrange
        var session = CreateSession(typeof(ClearedRule));
        var sanction = new Sanction { ApplicantId = 1, IsActive = true };
        session.InsertAll([new Applicant { Id = 1 }, sanction]);
        session.Fire();

        // Act
        sanction.IsActive = false;
        session.Update(sanction);
        var fired = session.Fire();

        // Assert
        Assert.Equal(1, fired);
    }

    [Fact]
    public void Not_AsFirstElementInEmptySession_Fires()
    {
        // Arrange
        var session = CreateSession(typeof(NoApplicantsRule));

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(1, fired);
        Assert.Single(session.Query<NoApplicants>());
    }

    [Fact]
    public void Not_AsFirstElementWithFactPresent_DoesNotFire()
    {
        // Arrange
        var session = CreateSession(typeof(NoApplicantsRule));
        session.Insert(new Applicant { Id = 1 });

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(0, fired);
        Assert.Empty(session.Query<NoApplicants>());
    }

    [Fact]
    public void Exists_NoMatchingFact_DoesNotFire()
    {
        // Arrange
        var session = CreateSession(typeof(ReferredRule));
        session.Insert(new Applicant { Id = 1 });
        session.Insert(new Referral { ApplicantId = 2 });

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(0, fired);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Exists_OneOrMoreMatchingFacts_FiresOnce(int referrals)
    {
        // Arrange
        var session = CreateSession(typeof(ReferredRule));
        var applicant = new Applicant { Id = 1 };
        session.Insert(applicant);
        for (var i = 0; i < referrals; i++)
        {
            session.Insert(new Referral { ApplicantId = 1 });
        }

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(1, fired);
        Assert.Same(applicant, Assert.Single(session.Query<Referred>()).Applicant);
    }

    [Fact]
    public void Exists_AnotherMatchingFactAddedAfterFire_DoesNotFireAgain()
    {
        // Arrange
        var session = CreateSession(typeof(ReferredRule));
        session.Insert(new Applicant { Id = 1 });
        session.Insert(new Referral { ApplicantId = 1 });
        session.Fire();

        // Act
        session.Insert(new Referral { ApplicantId = 1 });
        var fired = session.Fire();

        // Assert
        Assert.Equal(0, fired);
        Assert.Single(session.Query<Referred>());
    }

    [Fact]
    public void Exists_OneOfTwoMatchingFactsRetracted_KeepsYieldedFact()
    {
        // Arrange
        var session = CreateSession(typeof(ReferredRule));
        var first = new Referral { ApplicantId = 1 };
        session.InsertAll([new Applicant { Id = 1 }, first, new Referral { ApplicantId = 1 }]);
        session.Fire();

        // Act
        session.Retract(first);

        // Assert
        Assert.Single(session.Query<Referred>());
    }

    [Fact]
    public void Exists_LastMatchingFactRetracted_WithdrawsYieldedFact()
    {
        // Arrange
        var session = CreateSession(typeof(ReferredRule));
        var referral = new Referral { ApplicantId = 1 };
        session.InsertAll([new Applicant { Id = 1 }, referral]);
        session.Fire();

        // Act
        session.Retract(referral);

        // Assert
        Assert.Empty(session.Query<Referred>());
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    public void Exists_AsFirstElement_FiresOnceWhenAnyFactPresent(int referrals, int expectedFired)
    {
        // Arrange
        var session = CreateSession(typeof(ReferralsPendingRule));
        for (var i = 0; i < referrals; i++)
        {
            session.Insert(new Referral { ApplicantId = i });
        }

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(expectedFired, fired);
    }

    [Theory]
    [InlineData(true, Truth.False)]
    [InlineData(false, Truth.True)]
    public void Determine_NotOverKnownInput_IsDetermined(bool sanctionActive, Truth expected)
    {
        // Arrange
        var session = CreateSession(typeof(ClearedRule));
        session.Insert(new Applicant { Id = 1 });
        session.Insert(new Sanction { ApplicantId = 1, IsActive = sanctionActive });
        session.Fire();

        // Act
        var determination = session.Determine<Cleared>();

        // Assert
        Assert.Equal(expected, determination.Truth);
        Assert.Empty(determination.Missing);
    }

    [Fact]
    public void Determine_NotOverPossiblyMatchingFact_IsUnknownAndNamesItsInput()
    {
        // Arrange
        var session = CreateSession(typeof(ClearedRule));
        var sanction = new Sanction { ApplicantId = 1 };
        session.Insert(new Applicant { Id = 1 });
        session.Insert(sanction);
        session.Fire();

        // Act
        var determination = session.Determine<Cleared>();

        // Assert
        Assert.Equal(Truth.Unknown, determination.Truth);
        var missing = Assert.Single(determination.Missing);
        Assert.Equal("sanction.isActive", missing.VariableId);
        Assert.Same(sanction, missing.Fact);
    }

    [Fact]
    public void Determine_NotWithOneCertainAndOnePossibleExcludedFact_IsFalse()
    {
        // Arrange
        var session = CreateSession(typeof(ClearedRule));
        session.Insert(new Applicant { Id = 1 });
        session.Insert(new Sanction { ApplicantId = 1 });
        session.Insert(new Sanction { ApplicantId = 1, IsActive = true });
        session.Fire();

        // Act
        var determination = session.Determine<Cleared>();

        // Assert
        Assert.Equal(Truth.False, determination.Truth);
        Assert.Empty(determination.Missing);
    }

    [Fact]
    public void Determine_ExistsOverPossiblyMatchingFact_IsUnknownAndNamesItsInput()
    {
        // Arrange
        var session = CreateSession(typeof(UrgentReferralRule));
        session.Insert(new Applicant { Id = 1 });
        session.Insert(new Referral { ApplicantId = 1 });
        session.Fire();

        // Act
        var determination = session.Determine<UrgentlyReferred>();

        // Assert
        Assert.Equal(Truth.Unknown, determination.Truth);
        Assert.Equal(["referral.isUrgent"], determination.MissingVariableIds);
    }

    [Fact]
    public void Determine_ExistsWithOneCertainAndOnePossibleFact_IsTrue()
    {
        // Arrange
        var session = CreateSession(typeof(UrgentReferralRule));
        session.Insert(new Applicant { Id = 1 });
        session.Insert(new Referral { ApplicantId = 1 });
        session.Insert(new Referral { ApplicantId = 1, IsUrgent = true });
        session.Fire();

        // Act
        var determination = session.Determine<UrgentlyReferred>();

        // Assert
        Assert.Equal(Truth.True, determination.Truth);
        Assert.Empty(determination.Missing);
    }

    [Fact]
    public void Determine_ExistsOverPossibleFactAnswered_BecomesTrue()
    {
        // Arrange
        var session = CreateSession(typeof(UrgentReferralRule));
        var referral = new Referral { ApplicantId = 1 };
        session.Insert(new Applicant { Id = 1 });
        session.Insert(referral);
        session.Fire();

        // Act
        referral.IsUrgent = true;
        session.Update(referral);
        session.Fire();

        // Assert
        Assert.Equal(Truth.True, session.Determine<UrgentlyReferred>().Truth);
        Assert.Single(session.Query<UrgentlyReferred>());
    }

    private static ISession CreateSession(params Type[] rules)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.NestedTypes().From(rules));
        return repository.CompileThreeValued().CreateSession(AsOf);
    }

    public sealed class Applicant
    {
        public int Id { get; set; }
    }

    public sealed class Sanction
    {
        public int ApplicantId { get; set; }

        public Input<bool> IsActive { get; set; }
    }

    public sealed class Referral
    {
        public int ApplicantId { get; set; }

        public Input<bool> IsUrgent { get; set; }
    }

    public sealed record Cleared(Applicant Applicant);

    public sealed record Referred(Applicant Applicant);

    public sealed record UrgentlyReferred(Applicant Applicant);

    public sealed record NoApplicants;

    public sealed record ReferralsPending;

    [Name("NotAndExists.Cleared")]
    public sealed class ClearedRule : Rule
    {
        public override void Define()
        {
            Applicant applicant = default!;

            When()
                .Match(() => applicant)
                .Not<Sanction>(s => s.ApplicantId == applicant.Id, s => s.IsActive.Value);
            Then()
                .Yield(ctx => new Cleared(applicant));
        }
    }

    [Name("NotAndExists.Referred")]
    public sealed class ReferredRule : Rule
    {
        public override void Define()
        {
            Applicant applicant = default!;

            When()
                .Match(() => applicant)
                .Exists<Referral>(r => r.ApplicantId == applicant.Id);
            Then()
                .Yield(ctx => new Referred(applicant));
        }
    }

    [Name("NotAndExists.UrgentReferral")]
    public sealed class UrgentReferralRule : Rule
    {
        public override void Define()
        {
            Applicant applicant = default!;

            When()
                .Match(() => applicant)
                .Exists<Referral>(r => r.ApplicantId == applicant.Id, r => r.IsUrgent.Value);
            Then()
                .Yield(ctx => new UrgentlyReferred(applicant));
        }
    }

    [Name("NotAndExists.NoApplicants")]
    public sealed class NoApplicantsRule : Rule
    {
        public override void Define()
        {
            When()
                .Not<Applicant>();
            Then()
                .Yield(ctx => new NoApplicants());
        }
    }

    [Name("NotAndExists.ReferralsPending")]
    public sealed class ReferralsPendingRule : Rule
    {
        public override void Define()
        {
            When()
                .Exists<Referral>();
            Then()
                .Yield(ctx => new ReferralsPending());
        }
    }
}
