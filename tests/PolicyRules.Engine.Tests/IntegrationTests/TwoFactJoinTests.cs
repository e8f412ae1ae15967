using NRules.Fluent;
using NRules.Fluent.Dsl;
using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Engine.Tests.IntegrationTests;

/// <summary>Rules whose patterns join facts through conditions that read earlier aliases, including self-joins.</summary>
public class TwoFactJoinTests
{
    private static readonly DateOnly AsOf = new(2017, 5, 1);

    [Fact]
    public void Fire_MatchingPair_FiresOnceForThePair()
    {
        // Arrange
        var session = CreateSession(typeof(MembershipRule));
        var household = new Household { Id = 1 };
        var member = new Member { Name = "Li", HouseholdId = 1 };
        session.Insert(household);
        session.Insert(member);

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(1, fired);
        var membership = Assert.Single(session.Query<Membership>());
        Assert.Same(household, membership.Household);
        Assert.Same(member, membership.Member);
    }

    [Fact]
    public void Fire_PairWithDifferentKeys_FiresNothing()
    {
        // Arrange
        var session = CreateSession(typeof(MembershipRule));
        session.Insert(new Household { Id = 1 });
        session.Insert(new Member { Name = "Li", HouseholdId = 2 });

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(0, fired);
        Assert.Empty(session.Query<Membership>());
    }

    [Fact]
    public void Fire_OnlyOneSidePresent_FiresNothing()
    {
        // Arrange
        var session = CreateSession(typeof(MembershipRule));
        session.Insert(new Member { Name = "Li", HouseholdId = 1 });

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(0, fired);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Fire_FactsInsertedInEitherOrder_SameMatches(bool membersFirst)
    {
        // Arrange
        var session = CreateSession(typeof(MembershipRule));
        object[] households = [new Household { Id = 1 }, new Household { Id = 2 }];
        object[] members =
        [
            new Member { Name = "Li", HouseholdId = 1 },
            new Member { Name = "Wang", HouseholdId = 2 },
            new Member { Name = "Zhao", HouseholdId = 1 },
            new Member { Name = "Qian", HouseholdId = 3 },
        ];
        session.InsertAll(membersFirst ? [.. members, .. households] : [.. households, .. members]);

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(3, fired);
        Assert.Equal(
            ["1:Li", "1:Zhao", "2:Wang"],
            session.Query<Membership>().Select(m => $"{m.Household.Id}:{m.Member.Name}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Retract_OneSideAfterFire_WithdrawsYieldedMatch()
    {
        // Arrange
        var session = CreateSession(typeof(MembershipRule));
        var household = new Household { Id = 1 };
        var li = new Member { Name = "Li", HouseholdId = 1 };
        var wang = new Member { Name = "Wang", HouseholdId = 1 };
        session.InsertAll([household, li, wang]);
        session.Fire();

        // Act
        session.Retract(li);

        // Assert
        Assert.Same(wang, Assert.Single(session.Query<Membership>()).Member);
    }

    [Fact]
    public void Update_JoinKeyChanged_MatchMovesToOtherHousehold()
    {
        // Arrange
        var session = CreateSession(typeof(MembershipRule));
        var first = new Household { Id = 1 };
        var second = new Household { Id = 2 };
        var member = new Member { Name = "Li", HouseholdId = 1 };
        session.InsertAll([first, second, member]);
        session.Fire();

        // Act
        member.HouseholdId = 2;
        session.Update(member);
        var fired = session.Fire();

        // Assert
        Assert.Equal(1, fired);
        Assert.Same(second, Assert.Single(session.Query<Membership>()).Household);
    }

    [Fact]
    public void Fire_ThreePatternJoin_MatchesOnlyConsistentTriples()
    {
        // Arrange
        var session = CreateSession(typeof(HouseholdBenefitRule));
        var household = new Household { Id = 1 };
        var member = new Member { Name = "Li", HouseholdId = 1 };
        session.InsertAll(
        [
            household,
            member,
            new Member { Name = "Wang", HouseholdId = 2 },
            new Claim { ClaimantName = "Li" },
            new Claim { ClaimantName = "Wang" },
            new Claim { ClaimantName = "Nobody" },
        ]);

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(1, fired);
        var benefit = Assert.Single(session.Query<HouseholdBenefit>());
        Assert.Same(household, benefit.Household);
        Assert.Equal("Li", benefit.Claim.ClaimantName);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 2)]
    [InlineData(3, 6)]
    [InlineData(4, 12)]
    public void Fire_SelfJoinOfSameType_FiresOncePerOrderedPairWithoutDuplicates(int members, int expectedPairs)
    {
        // Arrange
        var session = CreateSession(typeof(RelativeRule));
        for (var i = 0; i < members; i++)
        {
            session.Insert(new Member { Name = $"M{i}", HouseholdId = 7 });
        }

        // Act
        var fired = session.Fire();

        // Assert
        var pairs = session.Query<Relative>().Select(r => $"{r.Member.Name}->{r.Other.Name}").ToArray();
        Assert.Equal(expectedPairs, fired);
        Assert.Equal(expectedPairs, pairs.Length);
        Assert.Equal(pairs.Length, pairs.Distinct().Count());
        Assert.DoesNotContain(session.Query<Relative>(), r => ReferenceEquals(r.Member, r.Other));
    }

    [Fact]
    public void Fire_SelfJoinFactsInsertedAtOnceOrOneAtATime_SamePairs()
    {
        // Arrange
        var together = CreateSession(typeof(RelativeRule));
        var oneByOne = CreateSession(typeof(RelativeRule));
        together.InsertAll([new Member { Name = "A", HouseholdId = 1 }, new Member { Name = "B", HouseholdId = 1 }, new Member { Name = "C", HouseholdId = 1 }]);
        oneByOne.Insert(new Member { Name = "A", HouseholdId = 1 });
        oneByOne.Fire();
        oneByOne.Insert(new Member { Name = "B", HouseholdId = 1 });
        oneByOne.Fire();
        oneByOne.Insert(new Member { Name = "C", HouseholdId = 1 });

        // Act
        together.Fire();
        oneByOne.Fire();

        // Assert
        string[] expected = ["A->B", "A->C", "B->A", "B->C", "C->A", "C->B"];
        Assert.Equal(expected, together.Query<Relative>().Select(r => $"{r.Member.Name}->{r.Other.Name}").Order(StringComparer.Ordinal));
        Assert.Equal(expected, oneByOne.Query<Relative>().Select(r => $"{r.Member.Name}->{r.Other.Name}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Fire_SelfJoinOverOtherHouseholds_PairsOnlyMembersOfSameHousehold()
    {
        // Arrange
        var session = CreateSession(typeof(RelativeRule));
        session.InsertAll(
        [
            new Member { Name = "A", HouseholdId = 1 },
            new Member { Name = "B", HouseholdId = 1 },
            new Member { Name = "C", HouseholdId = 2 },
        ]);

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(2, fired);
        Assert.Equal(["A->B", "B->A"], session.Query<Relative>().Select(r => $"{r.Member.Name}->{r.Other.Name}").Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(3, 3)]
    [InlineData(4, 6)]
    public void Fire_SelfJoinWithOrderingCondition_FiresOncePerUnorderedPair(int members, int expectedPairs)
    {
        // Arrange
        var session = CreateSession(typeof(SiblingPairRule));
        for (var i = 0; i < members; i++)
        {
            session.Insert(new Member { Name = $"M{i}", HouseholdId = 1, Age = 20 });
        }

        // Act
        var fired = session.Fire();

        // Assert
        var pairs = session.Query<SiblingPair>().Select(p => $"{p.Older.Name}+{p.Younger.Name}").ToArray();
        Assert.Equal(expectedPairs, fired);
        Assert.Equal(expectedPairs, pairs.Distinct().Count());
    }

    [Fact]
    public void Fire_SelfJoinSharingAlphaConditions_DoesNotBuildSamePairTwice()
    {
        // Arrange
        var session = CreateSession(typeof(SiblingPairRule));
        var a = new Member { Name = "A", HouseholdId = 1, Age = 30 };
        var b = new Member { Name = "B", HouseholdId = 1, Age = 25 };
        var minor = new Member { Name = "C", HouseholdId = 1, Age = 10 };
        session.InsertAll([a, b, minor]);

        // Act
        var fired = session.Fire();

        // Assert
        Assert.Equal(1, fired);
        var pair = Assert.Single(session.Query<SiblingPair>());
        Assert.Same(a, pair.Older);
        Assert.Same(b, pair.Younger);
    }

    [Fact]
    public void Update_SelfJoinedFact_RebuildsItsPairsWithoutDuplicates()
    {
        // Arrange
        var session = CreateSession(typeof(RelativeRule));
        var a = new Member { Name = "A", HouseholdId = 1 };
        var b = new Member { Name = "B", HouseholdId = 1 };
        var c = new Member { Name = "C", HouseholdId = 2 };
        session.InsertAll([a, b, c]);
        session.Fire();

        // Act
        c.HouseholdId = 1;
        session.Update(c);
        session.Update(a);
        session.Fire();

        // Assert
        var pairs = session.Query<Relative>().Select(r => $"{r.Member.Name}->{r.Other.Name}").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["A->B", "A->C", "B->A", "B->C", "C->A", "C->B"], pairs);
    }

    [Theory]
    [InlineData(17, Truth.False)]
    [InlineData(18, Truth.True)]
    public void Determine_JoinConditionReadingKnownInput_IsDetermined(int age, Truth expected)
    {
        // Arrange
        var session = CreateSession(typeof(AdultMemberRule));
        session.Insert(new Household { Id = 1 });
        session.Insert(new Member { Name = "Li", HouseholdId = 1, Age = age });
        session.Fire();

        // Act
        var determination = session.Determine<AdultMember>();

        // Assert
        Assert.Equal(expected, determination.Truth);
        Assert.Empty(determination.Missing);
    }

    [Fact]
    public void Determine_JoinConditionReadingUnknownInput_IsUnknownAndNamesIt()
    {
        // Arrange
        var session = CreateSession(typeof(AdultMemberRule));
        session.Insert(new Household { Id = 1 });
        session.Insert(new Member { Name = "Li", HouseholdId = 1 });
        session.Fire();

        // Act
        var determination = session.Determine<AdultMember>();

        // Assert
        Assert.Equal(Truth.Unknown, determination.Truth);
        Assert.Equal(["member.age"], determination.MissingVariableIds);
    }

    [Fact]
    public void Determine_JoinConditionUnknownButKeysDiffer_IsFalse()
    {
        // Arrange
        var session = CreateSession(typeof(AdultMemberRule));
        session.Insert(new Household { Id = 1 });
        session.Insert(new Member { Name = "Li", HouseholdId = 2 });
        session.Fire();

        // Act
        var determination = session.Determine<AdultMember>();

        // Assert
        Assert.Equal(Truth.False, determination.Truth);
        Assert.Empty(determination.Missing);
    }

    private static ISession CreateSession(params Type[] rules)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.NestedTypes().From(rules));
        return repository.CompileThreeValued().CreateSession(AsOf);
    }

    public sealed class Household
    {
        public int Id { get; set; }
    }

    public sealed class Member
    {
        public string Name { get; set; } = "";

        public int HouseholdId { get; set; }

        public Input<int> Age { get; set; }
    }

    public sealed class Claim
    {
        public string ClaimantName { get; set; } = "";
    }

    public sealed record Membership(Household Household, Member Member);

    public sealed record HouseholdBenefit(Household Household, Claim Claim);

    public sealed record Relative(Member Member, Member Other);

    public sealed record SiblingPair(Member Older, Member Younger);

    public sealed record AdultMember(Household Household, Member Member);

    [Name("TwoFactJoin.Membership")]
    public sealed class MembershipRule : Rule
    {
        public override void Define()
        {
            Household household = default!;
            Member member = default!;

            When()
                .Match(() => household)
                .Match(() => member, m => m.HouseholdId == household.Id);
            Then()
                .Yield(ctx => new Membership(household, member));
        }
    }

    [Name("TwoFactJoin.HouseholdBenefit")]
    public sealed class HouseholdBenefitRule : Rule
    {
        public override void Define()
        {
            Household household = default!;
            Member member = default!;
            Claim claim = default!;

            When()
                .Match(() => household)
                .Match(() => member, m => m.HouseholdId == household.Id)
                .Match(() => claim, c => c.ClaimantName == member.Name);
            Then()
                .Yield(ctx => new HouseholdBenefit(household, claim));
        }
    }

    [Name("TwoFactJoin.Relative")]
    public sealed class RelativeRule : Rule
    {
        public override void Define()
        {
            Member member = default!;
            Member other = default!;

            When()
                .Match(() => member)
                .Match(() => other, o => o.HouseholdId == member.HouseholdId, o => o != member);
            Then()
                .Yield(ctx => new Relative(member, other));
        }
    }

    /// <summary>Both patterns carry the same single-fact condition, so they read one shared alpha memory.</summary>
    [Name("TwoFactJoin.SiblingPair")]
    public sealed class SiblingPairRule : Rule
    {
        public override void Define()
        {
            Member older = default!;
            Member younger = default!;

            When()
                .Match(() => older, m => m.Age.Value >= 18)
                .Match(() => younger, m => m.Age.Value >= 18, m => m.HouseholdId == older.HouseholdId, m => string.CompareOrdinal(older.Name, m.Name) < 0);
            Then()
                .Yield(ctx => new SiblingPair(older, younger));
        }
    }

    [Name("TwoFactJoin.AdultMember")]
    public sealed class AdultMemberRule : Rule
    {
        public override void Define()
        {
            Household household = default!;
            Member member = default!;

            When()
                .Match(() => household)
                .Match(() => member, m => m.HouseholdId == household.Id && m.Age.Value >= 18);
            Then()
                .Yield(ctx => new AdultMember(household, member));
        }
    }
}
