using NRules.Fluent;
using NRules.Fluent.Dsl;
using PolicyRules.Engine.Evaluation;
using PolicyRules.Engine.Explanation;
using PolicyRules.Engine.Metadata;
using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine.Tests.IntegrationTests;

/// <summary>
/// Why a fact holds (the chain of rules and citations down to given facts), why a goal does not
/// (the failed conditions and the values they saw), and errors in conditions and actions that name
/// the rule and the expression.
/// </summary>
public class ExplanationTests
{
    private const string Document = "门政办发〔2017〕26号";
    private static readonly DateOnly AsOf = new(2017, 5, 1);
    private static readonly DateOnly Cutoff = new(2011, 8, 31);

    [Fact]
    public void Explain_GoalDerivedThroughChain_ListsRulesFromGoalDownToGivenFacts()
    {
        // Arrange
        var session = CreateSession(typeof(EnrolmentRule), typeof(SubsidyRule), typeof(PaymentRule));
        session.Insert(new Child { Name = "Li", FamilyId = 1, BirthDate = new DateOnly(2011, 3, 1) });
        session.Insert(new Family { Id = 1, Income = 1_000m });
        session.Fire();
        var payment = Assert.Single(session.Query<Payment>());

        // Act
        var explanation = session.Explain(payment);

        // Assert
        Assert.Equal(
            ["Explanation.Payment", "Explanation.Subsidy", "Explanation.Enrolment"],
            explanation.Chain().Select(r => r.Name));
        Assert.Equal(
            [new Citation(Document, "四(二)"), new Citation(Document, "三(一)2"), new Citation(Document, "二(三)11")],
            explanation.Chain().Select(r => r.Citation));
    }

    [Fact]
    public void Explain_GoalDerivedThroughChain_PremisesEndInGivenFacts()
    {
        // Arrange
        var session = CreateSession(typeof(EnrolmentRule), typeof(SubsidyRule), typeof(PaymentRule));
        var child = new Child { Name = "Li", FamilyId = 1, BirthDate = new DateOnly(2011, 3, 1) };
        var family = new Family { Id = 1, Income = 1_000m };
        session.InsertAll([child, family]);
        session.Fire();
        var payment = Assert.Single(session.Query<Payment>());

        // Act
        var explanation = session.Explain(payment);

        // Assert
        Assert.Same(payment, explanation.Fact);
        Assert.Equal(Truth.True, explanation.Degree);
        Assert.False(explanation.IsGiven);
        Assert.Equal(new Citation(Document, "四(二)"), explanation.Citation);
        var subsidy = Assert.Single(explanation.Premises);
        Assert.IsType<Subsidy>(subsidy.Fact);
        Assert.Equal("Explanation.Subsidy", subsidy.Rule!.Name);
        Assert.Equal(2, subsidy.Premises.Count);
        var enrolment = subsidy.Premises[0];
        var givenFamily = subsidy.Premises[1];
        Assert.IsType<Enrolment>(enrolment.Fact);
        Assert.Same(family, givenFamily.Fact);
        Assert.True(givenFamily.IsGiven);
        var givenChild = Assert.Single(enrolment.Premises);
        Assert.Same(child, givenChild.Fact);
        Assert.True(givenChild.IsGiven);
        Assert.Null(givenChild.Rule);
        Assert.Null(givenChild.Citation);
        Assert.Empty(givenChild.Premises);
    }

    [Fact]
    public void Explain_GivenFact_IsGivenWithoutRule()
    {
        // Arrange
        var session = CreateSession(typeof(EnrolmentRule));
        var child = new Child { Name = "Li" };
        session.Insert(child);

        // Act
        var explanation = session.Explain(child);

        // Assert
        Assert.True(explanation.IsGiven);
        Assert.Equal(Truth.True, explanation.Degree);
        Assert.Empty(explanation.Chain());
    }

    [Fact]
    public void Explain_FactNotInSession_Throws()
    {
        // Arrange
        var session = CreateSession(typeof(EnrolmentRule));

        // Act
        var error = Record.Exception(() => session.Explain(new Child()));

        // Assert
        Assert.IsType<InvalidOperationException>(error);
    }

    [Fact]
    public void Explain_PossibleFact_HasUnknownDegreeAndItsRule()
    {
        // Arrange
        var session = CreateSession(typeof(EnrolmentRule));
        session.Insert(new Child { Name = "Li" });
        session.Fire();
        var possible = Assert.Single(session.Determine<Enrolment>().PossibleFacts);

        // Act
        var explanation = session.Explain(possible);

        // Assert
        Assert.Equal(Truth.Unknown, explanation.Degree);
        Assert.Equal("Explanation.Enrolment", explanation.Rule!.Name);
    }

    [Fact]
    public void ExplainAbsence_BirthDateTooLate_GivesFailedConditionAndObservedBirthDate()
    {
        // Arrange
        var session = CreateSession(typeof(EnrolmentRule));
        var lateBirthDate = new DateOnly(2011, 9, 1);
        var child = new Child { Name = "Li", BirthDate = lateBirthDate };
        session.Insert(child);
        session.Fire();

        // Act
        var failures = session.ExplainAbsence<Enrolment>();

        // Assert
        var failure = Assert.Single(failures);
        Assert.Equal("Explanation.Enrolment", failure.Rule.Name);
        Assert.Equal(new Citation(Document, "二(三)11"), failure.Citation);
        Assert.Equal("no Child fact meets every condition", failure.Reason);
        var condition = Assert.Single(failure.FailedConditions);
        Assert.Contains("child.BirthDate.Value <=", condition.Expression, StringComparison.Ordinal);
        Assert.Equal(Truth.False, condition.Value);
        Assert.Same(child, condition.Fact);
        var observed = Assert.Single(condition.Values);
        Assert.Equal("child.BirthDate", observed.Expression);
        Assert.Equal(Input<DateOnly>.Known(lateBirthDate), observed.Value);
        Assert.Contains($"child.BirthDate = {Input<DateOnly>.Known(lateBirthDate)}", condition.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ExplainAbsence_BirthDateOnCutoff_NothingToExplain()
    {
        // Arrange
        var session = CreateSession(typeof(EnrolmentRule));
        session.Insert(new Child { Name = "Li", BirthDate = Cutoff });
        session.Fire();

        // Act
        var failures = session.ExplainAbsence<Enrolment>();

        // Assert
        Assert.Empty(failures);
    }

    [Fact]
    public void ExplainAbsence_NoCandidateFact_SaysSoWithoutConditions()
    {
        // Arrange
        var session = CreateSession(typeof(EnrolmentRule));

        // Act
        var failures = session.ExplainAbsence<Enrolment>();

        // Assert
        var failure = Assert.Single(failures);
        Assert.Equal("no Child fact", failure.Reason);
        Assert.Equal(0, failure.MatchedElements);
        Assert.Equal(new BlockingElement(ElementKind.Match, typeof(Child)), failure.Blocking);
        Assert.Empty(failure.FailedConditions);
    }

    [Fact]
    public void ExplainAbsence_BirthDateUnknown_SaysUndeterminedAndNamesInput()
    {
        // Arrange
        var session = CreateSession(typeof(EnrolmentRule));
        session.Insert(new Child { Name = "Li" });
        session.Fire();

        // Act
        var failures = session.ExplainAbsence<Enrolment>();

        // Assert
        var failure = Assert.Single(failures);
        Assert.Equal("undetermined: needs child.birthDate", failure.Reason);
        var condition = Assert.Single(failure.FailedConditions);
        Assert.Equal(Truth.Unknown, condition.Value);
        Assert.Equal(Input<DateOnly>.Unknown, Assert.Single(condition.Values).Value);
    }

    [Fact]
    public void ExplainAbsence_SecondPatternFails_BlamesThatElementWithObservedIncome()
    {
        // Arrange
        var session = CreateSession(typeof(EnrolmentRule), typeof(SubsidyRule));
        var family = new Family { Id = 1, Income = 5_000m };
        session.Insert(new Child { Name = "Li", FamilyId = 1, BirthDate = new DateOnly(2011, 3, 1) });
        session.Insert(family);
        session.Fire();

        // Act
        var failures = session.ExplainAbsence<Subsidy>();

        // Assert
        var failure = Assert.Single(failures);
        Assert.Equal("Explanation.Subsidy", failure.Rule.Name);
        Assert.Equal(1, failure.MatchedElements);
        Assert.Equal(new BlockingElement(ElementKind.Match, typeof(Family)), failure.Blocking);
        var condition = Assert.Single(failure.FailedConditions);
        Assert.Same(family, condition.Fact);
        Assert.Contains(condition.Values, v => v.Expression == "family.Income" && Equals(v.Value, Input<decimal>.Known(5_000m)));
    }

    [Fact]
    public void ExplainAbsence_ExcludedFactPresent_SaysWhichFactExcludesIt()
    {
        // Arrange
        var session = CreateSession(typeof(WaiverRule));
        var sanction = new Sanction { ChildName = "Li" };
        session.Insert(new Child { Name = "Li" });
        session.Insert(sanction);
        session.Fire();

        // Act
        var failures = session.ExplainAbsence<Waiver>();

        // Assert
        var failure = Assert.Single(failures);
        Assert.Equal("a Sanction fact it excludes is present", failure.Reason);
        Assert.Same(sanction, Assert.Single(failure.FailedConditions).Fact);
    }

    [Fact]
    public void ExplainAbsence_AggregateBelowThreshold_GivesResultConditionAndCount()
    {
        // Arrange
        var session = CreateSession(typeof(LargeFamilyRule));
        session.Insert(new Family { Id = 1 });
        session.Insert(new Child { Name = "A", FamilyId = 1 });
        session.Insert(new Child { Name = "B", FamilyId = 1 });
        session.Fire();

        // Act
        var failures = session.ExplainAbsence<LargeFamily>();

        // Assert
        var failure = Assert.Single(failures);
        Assert.Equal("the count of matching Child facts does not meet its condition", failure.Reason);
        var condition = Assert.Single(failure.FailedConditions);
        Assert.Contains(">= 3", condition.Expression, StringComparison.Ordinal);
        Assert.Equal(Truth.False, condition.Value);
        Assert.Equal(2, condition.Fact);
    }

    [Fact]
    public void ExplainAbsence_OnlyRulesProducingRequestedType_AreExplained()
    {
        // Arrange
        var session = CreateSession(typeof(EnrolmentRule), typeof(WaiverRule));

        // Act
        var failures = session.ExplainAbsence<Waiver>();

        // Assert
        Assert.Equal("Explanation.Waiver", Assert.Single(failures).Rule.Name);
    }

    [Fact]
    public void Insert_ConditionThrows_WrapsErrorNamingRuleAndExpression()
    {
        // Arrange
        var session = CreateSession(typeof(NameLengthRule));

        // Act
        var error = Record.Exception(() => session.Insert(new Child { Name = null! }));

        // Assert
        var conditionError = Assert.IsType<RuleConditionEvaluationException>(error);
        Assert.Equal(["Explanation.NameLength"], conditionError.RuleNames);
        Assert.Contains("child.Name.Length", conditionError.Expression, StringComparison.Ordinal);
        Assert.IsType<NullReferenceException>(conditionError.InnerException);
        Assert.Contains("Explanation.NameLength", conditionError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Insert_SharedConditionThrows_NamesEveryRuleSharingIt()
    {
        // Arrange
        var session = CreateSession(typeof(NameLengthRule), typeof(NameLengthTwinRule));

        // Act
        var error = Record.Exception(() => session.Insert(new Child { Name = null! }));

        // Assert
        var conditionError = Assert.IsType<RuleConditionEvaluationException>(error);
        Assert.Equal(["Explanation.NameLength", "Explanation.NameLengthTwin"], conditionError.RuleNames);
    }

    [Fact]
    public void Insert_JoinConditionThrows_WrapsErrorNamingRule()
    {
        // Arrange
        var session = CreateSession(typeof(IncomeShareRule));
        session.Insert(new Family { Id = 1, Income = 1_000m, Members = 0 });

        // Act
        var error = Record.Exception(() => session.Insert(new Child { Name = "Li", FamilyId = 1 }));

        // Assert
        var conditionError = Assert.IsType<RuleConditionEvaluationException>(error);
        Assert.Equal(["Explanation.IncomeShare"], conditionError.RuleNames);
        Assert.Contains("family.Members", conditionError.Expression, StringComparison.Ordinal);
        Assert.IsType<DivideByZeroException>(conditionError.InnerException);
    }

    [Fact]
    public void Fire_ActionThrows_WrapsErrorNamingRuleAndExpression()
    {
        // Arrange
        var session = CreateSession(typeof(FailingActionRule));
        session.Insert(new Child { Name = "Li" });

        // Act
        var error = Record.Exception(() => session.Fire());

        // Assert
        var actionError = Assert.IsType<RuleActionEvaluationException>(error);
        Assert.Equal("Explanation.FailingAction", actionError.RuleName);
        Assert.Contains(nameof(Child.Reject), actionError.Expression, StringComparison.Ordinal);
        Assert.Equal("rejected Li", Assert.IsType<InvalidOperationException>(actionError.InnerException).Message);
        Assert.Contains("Explanation.FailingAction", actionError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_YieldReturnsNull_ThrowsActionErrorNamingRule()
    {
        // Arrange
        var session = CreateSession(typeof(NullYieldRule));
        session.Insert(new Child { Name = "Li" });

        // Act
        var error = Record.Exception(() => session.Fire());

        // Assert
        var actionError = Assert.IsType<RuleActionEvaluationException>(error);
        Assert.Equal("Explanation.NullYield", actionError.RuleName);
    }

    private static ISession CreateSession(params Type[] rules)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.NestedTypes().From(rules));
        return repository.CompileThreeValued().CreateSession(AsOf);
    }

    public sealed class Child
    {
        public string Name { get; set; } = "";

        public int FamilyId { get; set; }

        [Variable("child.birthDate")]
        public Input<DateOnly> BirthDate { get; set; }

        public string Reject() => throw new InvalidOperationException("rejected " + Name);
    }

    public sealed class Family
    {
        public int Id { get; set; }

        public int Members { get; set; } = 1;

        public Input<decimal> Income { get; set; }
    }

    public sealed class Sanction
    {
        public string ChildName { get; set; } = "";
    }

    public sealed record Enrolment(Child Child);

    public sealed record Subsidy(Enrolment Enrolment, Family Family);

    public sealed record Payment(Subsidy Subsidy);

    public sealed record Waiver(Child Child);

    public sealed record LargeFamily(Family Family);

    public sealed record Marker(string Text);

    [Name("Explanation.Enrolment")]
    [Description("A child born on or before 31 August 2011 enrols in autumn 2017.")]
    [Cites(Document, "二(三)11")]
    public sealed class EnrolmentRule : Rule
    {
        public override void Define()
        {
            Child child = default!;

            When()
                .Match(() => child, c => c.BirthDate.Value <= Cutoff);
            Then()
                .Yield(ctx => new Enrolment(child));
        }
    }

    [Name("Explanation.Subsidy")]
    [Cites(Document, "三(一)2")]
    public sealed class SubsidyRule : Rule
    {
        public override void Define()
        {
            Enrolment enrolment = default!;
            Family family = default!;

            When()
                .Match(() => enrolment)
                .Match(() => family, f => f.Id == enrolment.Child.FamilyId, f => f.Income.Value < 3_000m);
            Then()
                .Yield(ctx => new Subsidy(enrolment, family));
        }
    }

    [Name("Explanation.Payment")]
    [Cites(Document, "四(二)")]
    public sealed class PaymentRule : Rule
    {
        public override void Define()
        {
            Subsidy subsidy = default!;

            When()
                .Match(() => subsidy);
            Then()
                .Yield(ctx => new Payment(subsidy));
        }
    }

    [Name("Explanation.Waiver")]
    public sealed class WaiverRule : Rule
    {
        public override void Define()
        {
            Child child = default!;

            When()
                .Match(() => child)
                .Not<Sanction>(s => s.ChildName == child.Name);
            Then()
                .Yield(ctx => new Waiver(child));
        }
    }

    [Name("Explanation.LargeFamily")]
    public sealed class LargeFamilyRule : Rule
    {
        public override void Define()
        {
            Family family = default!;
            var children = 0;

            When()
                .Match(() => family)
                .Query(() => children, q => q.Match<Child>(c => c.FamilyId == family.Id).Collect().Select(c => c.Count()).Where(n => n >= 3));
            Then()
                .Yield(ctx => new LargeFamily(family));
        }
    }

    [Name("Explanation.NameLength")]
    public sealed class NameLengthRule : Rule
    {
        public override void Define()
        {
            Child child = default!;

            When()
                .Match(() => child, c => c.Name.Length > 3);
            Then()
                .Yield(ctx => new Marker("long name"));
        }
    }

    [Name("Explanation.NameLengthTwin")]
    public sealed class NameLengthTwinRule : Rule
    {
        public override void Define()
        {
            Child child = default!;

            When()
                .Match(() => child, c => c.Name.Length > 3);
            Then()
                .Yield(ctx => new Marker("long name, again"));
        }
    }

    [Name("Explanation.IncomeShare")]
    public sealed class IncomeShareRule : Rule
    {
        public override void Define()
        {
            Family family = default!;
            Child child = default!;

            When()
                .Match(() => family)
                .Match(() => child, c => c.FamilyId == family.Id && 1_000 / family.Members > 500);
            Then()
                .Yield(ctx => new Marker("share"));
        }
    }

    [Name("Explanation.FailingAction")]
    public sealed class FailingActionRule : Rule
    {
        public override void Define()
        {
            Child child = default!;

            When()
                .Match(() => child);
            Then()
                .Do(ctx => child.Reject());
        }
    }

    [Name("Explanation.NullYield")]
    public sealed class NullYieldRule : Rule
    {
        public override void Define()
        {
            Child child = default!;

            When()
                .Match(() => child);
            Then()
                .Yield(ctx => Nothing(child));
        }

        private static Marker Nothing(Child child) => child is null ? new Marker("unreachable") : null!;
    }
}
