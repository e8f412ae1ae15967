using NRules.Fluent;
using NRules.Fluent.Dsl;
using PolicyRules.Engine.Evaluation;
using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine.Tests.IntegrationTests;

/// <summary>
/// What the engine reads off the rules' expression trees: the inputs each rule reads (including
/// through [Reads] helpers), the fact types it produces, the inputs that can influence a goal through
/// any chain of rules, and which of them an undetermined goal still depends on.
/// </summary>
public class DependencyAnalysisTests
{
    private static readonly DateOnly AsOf = new(2017, 5, 1);
    private static readonly DateOnly Cutoff = new(2011, 9, 1);

    [Fact]
    public void Inputs_ConditionsReadingInputValues_ListsEachInputOnceInOrder()
    {
        // Arrange
        var rule = Load(typeof(EnrolmentRule));

        // Act
        var inputs = rule.Inputs;

        // Assert
        Assert.Equal(["child.hukou", "child.birthDate"], inputs.Select(i => i.Id));
        var birthDate = inputs[1];
        Assert.Equal(typeof(Child), birthDate.FactType);
        Assert.Equal(nameof(Child.BirthDate), birthDate.Property);
    }

    [Fact]
    public void Inputs_PropertyWithoutVariableAttribute_GetsCamelCasedTypeAndPropertyId()
    {
        // Arrange
        var rule = Load(typeof(SupportRule));

        // Act
        var inputs = rule.Inputs;

        // Assert
        Assert.Equal(["child.isDisabled"], inputs.Select(i => i.Id));
    }

    [Fact]
    public void Inputs_HelperMethodWithReads_ListsInputsItDeclares()
    {
        // Arrange
        var rule = Load(typeof(BornBeforeCutoffRule));

        // Act
        var inputs = rule.Inputs;

        // Assert
        Assert.Equal(["child.birthDate"], inputs.Select(i => i.Id));
    }

    [Fact]
    public void Inputs_HelperPropertyWithReads_ListsInputsItDeclares()
    {
        // Arrange
        var rule = Load(typeof(SupportRule));

        // Act
        var inputs = rule.Inputs;

        // Assert
        Assert.Equal(["child.isDisabled"], inputs.Select(i => i.Id));
    }

    [Fact]
    public void Inputs_ConditionOnlyAskingInputState_ListsNothing()
    {
        // Arrange
        var rule = Load(typeof(BirthDateAnsweredRule));

        // Act
        var inputs = rule.Inputs;

        // Assert
        Assert.Empty(inputs);
    }

    [Fact]
    public void Inputs_JoinNotExistsAndAggregateConditions_ListsInputsOfEveryElement()
    {
        // Arrange
        var rule = Load(typeof(HouseholdReviewRule));

        // Act
        var inputs = rule.Inputs;

        // Assert
        Assert.Equal(
            ["child.isDisabled", "family.income", "family.isBlacklisted", "family.hasAppealed", "child.hukou"],
            inputs.Select(i => i.Id));
    }

    [Fact]
    public void Inputs_ConditionReadingInputThroughDerivedFact_UsesInputOwnersId()
    {
        // Arrange
        var rule = Load(typeof(SubsidyRule));

        // Act
        var inputs = rule.Inputs;

        // Assert
        Assert.Equal(["family.income"], inputs.Select(i => i.Id));
    }

    [Fact]
    public void Inputs_SumSelectorReadingInput_ListsThatInput()
    {
        // Arrange
        var rule = Load(typeof(FamilyIncomeTotalRule));

        // Act
        var inputs = rule.Inputs;

        // Assert
        Assert.Contains("family.income", inputs.Select(i => i.Id));
    }

    [Fact]
    public void ConsumedTypes_RuleWithSeveralElements_ListsEachMatchedType()
    {
        // Arrange
        var rule = Load(typeof(HouseholdReviewRule));

        // Act
        var consumed = rule.ConsumedTypes;

        // Assert
        Assert.Equal([typeof(Child), typeof(Family)], consumed);
    }

    [Fact]
    public void OutputTypes_Yield_IsYieldedType()
    {
        // Arrange
        var rule = Load(typeof(EnrolmentRule));

        // Act
        var outputs = rule.OutputTypes;

        // Assert
        Assert.Equal([typeof(Enrolment)], outputs);
    }

    [Theory]
    [InlineData(typeof(InsertNoticeRule))]
    [InlineData(typeof(TryInsertNoticeRule))]
    [InlineData(typeof(InsertLinkedNoticeRule))]
    public void OutputTypes_ContextInsertCalls_IsInsertedType(Type ruleType)
    {
        // Arrange
        var rule = Load(ruleType);

        // Act
        var outputs = rule.OutputTypes;

        // Assert
        Assert.Equal([typeof(Notice)], outputs);
    }

    [Fact]
    public void OutputTypes_YieldAndInsertInOneRule_ListsBoth()
    {
        // Arrange
        var rule = Load(typeof(EnrolmentWithNoticeRule));

        // Act
        var outputs = rule.OutputTypes;

        // Assert
        Assert.Equal([typeof(Enrolment), typeof(Notice)], outputs);
    }

    [Fact]
    public void OutputTypes_ActionThatInsertsNothing_IsEmpty()
    {
        // Arrange
        var rule = Load(typeof(LoggingRule));

        // Act
        var outputs = rule.OutputTypes;

        // Assert
        Assert.Empty(outputs);
    }

    [Fact]
    public void RulesProducing_GoalType_ListsOnlyRulesThatOutputIt()
    {
        // Arrange
        var factory = Compile(typeof(EnrolmentRule), typeof(SubsidyRule), typeof(SupportRule), typeof(PriorityByResidenceRule), typeof(PriorityByNeedRule));

        // Act
        var producers = factory.Analysis.RulesProducing(typeof(PriorityPlace));

        // Assert
        Assert.Equal(["DependencyAnalysis.PriorityByResidence", "DependencyAnalysis.PriorityByNeed"], producers.Select(r => r.Name));
    }

    [Fact]
    public void InputsFor_GoalDerivedThroughIntermediateFact_IncludesInputsOfWholeChain()
    {
        // Arrange
        var factory = Compile(typeof(EnrolmentRule), typeof(SubsidyRule), typeof(SupportRule));

        // Act
        var inputs = factory.Analysis.InputsFor<Subsidy>();

        // Assert
        Assert.Equal(["child.birthDate", "child.hukou", "family.income"], inputs.Select(i => i.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void InputsFor_IntermediateFact_ExcludesInputsOfRulesDownstream()
    {
        // Arrange
        var factory = Compile(typeof(EnrolmentRule), typeof(SubsidyRule), typeof(SupportRule));

        // Act
        var inputs = factory.Analysis.InputsFor<Enrolment>();

        // Assert
        Assert.Equal(["child.birthDate", "child.hukou"], inputs.Select(i => i.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void InputsFor_GoalWithTwoProducingRules_IncludesInputsOfBoth()
    {
        // Arrange
        var factory = Compile(typeof(PriorityByResidenceRule), typeof(PriorityByNeedRule), typeof(SubsidyRule));

        // Act
        var inputs = factory.Analysis.InputsFor<PriorityPlace>();

        // Assert
        Assert.Equal(["child.birthDate", "child.hukou", "child.isDisabled"], inputs.Select(i => i.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void RulesLeadingTo_GoalThroughChain_ListsGoalRuleThenUpstreamRules()
    {
        // Arrange
        var factory = Compile(typeof(SupportRule), typeof(EnrolmentRule), typeof(SubsidyRule));

        // Act
        var rules = factory.Analysis.RulesLeadingTo(typeof(Subsidy));

        // Assert
        Assert.Equal(["DependencyAnalysis.Subsidy", "DependencyAnalysis.Enrolment"], rules.Select(r => r.Name));
    }

    [Fact]
    public void InputsFor_TypeNoRuleProduces_IsEmpty()
    {
        // Arrange
        var factory = Compile(typeof(EnrolmentRule));

        // Act
        var inputs = factory.Analysis.InputsFor<Notice>();

        // Assert
        Assert.Empty(inputs);
    }

    [Fact]
    public void Determine_OneDerivationRuledOutOtherPossible_MissingOnlyInputsOfPossibleOne()
    {
        // Arrange
        var factory = Compile(typeof(PriorityByResidenceRule), typeof(PriorityByNeedRule));
        var session = factory.CreateSession(AsOf);
        session.Insert(new Child { HasLocalHukou = false });
        session.Fire();

        // Act
        var determination = session.Determine<PriorityPlace>();

        // Assert
        Assert.Equal(Truth.Unknown, determination.Truth);
        Assert.Equal(["child.isDisabled"], determination.MissingVariableIds);
        Assert.Equal(3, factory.Analysis.InputsFor<PriorityPlace>().Count);
    }

    [Fact]
    public void Determine_BothDerivationsPossible_MissingInputsOfBoth()
    {
        // Arrange
        var session = Compile(typeof(PriorityByResidenceRule), typeof(PriorityByNeedRule)).CreateSession(AsOf);
        session.Insert(new Child { HasLocalHukou = true });
        session.Fire();

        // Act
        var determination = session.Determine<PriorityPlace>();

        // Assert
        Assert.Equal(Truth.Unknown, determination.Truth);
        Assert.Equal(["child.birthDate", "child.isDisabled"], determination.MissingVariableIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Determine_OneDerivationCertain_TrueWithNothingMissing()
    {
        // Arrange
        var session = Compile(typeof(PriorityByResidenceRule), typeof(PriorityByNeedRule)).CreateSession(AsOf);
        session.Insert(new Child { IsDisabled = true });
        session.Fire();

        // Act
        var determination = session.Determine<PriorityPlace>();

        // Assert
        Assert.Equal(Truth.True, determination.Truth);
        Assert.Empty(determination.Missing);
    }

    [Fact]
    public void Determine_ChainWithUnknownUpstreamInputButDownstreamRuledOut_FalseWithNothingMissing()
    {
        // Arrange
        var session = Compile(typeof(EnrolmentRule), typeof(SubsidyRule)).CreateSession(AsOf);
        session.Insert(new Child { FamilyId = 1, BirthDate = new DateOnly(2010, 3, 1) });
        session.Insert(new Family { Id = 1, Income = 5_000m });
        session.Fire();

        // Act
        var determination = session.Determine<Subsidy>();

        // Assert
        Assert.Equal(Truth.False, determination.Truth);
        Assert.Empty(determination.Missing);
    }

    [Fact]
    public void Determine_ChainWithUnknownUpstreamInputAndDownstreamMet_UnknownMissingUpstreamInput()
    {
        // Arrange
        var session = Compile(typeof(EnrolmentRule), typeof(SubsidyRule)).CreateSession(AsOf);
        session.Insert(new Child { FamilyId = 1, BirthDate = new DateOnly(2010, 3, 1) });
        session.Insert(new Family { Id = 1, Income = 1_000m });
        session.Fire();

        // Act
        var determination = session.Determine<Subsidy>();

        // Assert
        Assert.Equal(Truth.Unknown, determination.Truth);
        Assert.Equal(["child.hukou"], determination.MissingVariableIds);
    }

    [Fact]
    public void Determine_ChainWithUnknownInputsOnBothLinks_MissingBoth()
    {
        // Arrange
        var session = Compile(typeof(EnrolmentRule), typeof(SubsidyRule)).CreateSession(AsOf);
        session.Insert(new Child { FamilyId = 1, HasLocalHukou = true });
        session.Insert(new Family { Id = 1 });
        session.Fire();

        // Act
        var determination = session.Determine<Subsidy>();

        // Assert
        Assert.Equal(Truth.Unknown, determination.Truth);
        Assert.Equal(["child.birthDate", "family.income"], determination.MissingVariableIds.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(2011, 8, 31, Truth.True)]
    [InlineData(2011, 9, 1, Truth.False)]
    public void Determine_HelperWithReadsOverKnownInput_EvaluatesHelper(int year, int month, int day, Truth expected)
    {
        // Arrange
        var session = Compile(typeof(BornBeforeCutoffRule)).CreateSession(AsOf);
        session.Insert(new Child { BirthDate = new DateOnly(year, month, day) });
        session.Fire();

        // Act
        var determination = session.Determine<Enrolment>();

        // Assert
        Assert.Equal(expected, determination.Truth);
    }

    [Fact]
    public void Determine_HelperWithReadsOverUnknownInput_IsUnknownMissingDeclaredInput()
    {
        // Arrange
        var session = Compile(typeof(BornBeforeCutoffRule)).CreateSession(AsOf);
        session.Insert(new Child());
        session.Fire();

        // Act
        var determination = session.Determine<Enrolment>();

        // Assert
        Assert.Equal(Truth.Unknown, determination.Truth);
        Assert.Equal(["child.birthDate"], determination.MissingVariableIds);
    }

    [Fact]
    public void Insert_HelperWithoutReadsOverUnknownInput_ThrowsNamingRuleAndAskingForReads()
    {
        // Arrange
        var session = Compile(typeof(UndeclaredHelperRule)).CreateSession(AsOf);

        // Act
        var error = Record.Exception(() => session.Insert(new Child()));

        // Assert
        var conditionError = Assert.IsType<RuleConditionEvaluationException>(error);
        Assert.Equal(["DependencyAnalysis.UndeclaredHelper"], conditionError.RuleNames);
        Assert.Contains("IsBornBeforeUndeclared", conditionError.Expression, StringComparison.Ordinal);
        Assert.Contains("[Reads(", conditionError.InnerException!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CompileThreeValued_ReadsNamingNonInputProperty_ThrowsRuleLoadExceptionNamingRule()
    {
        // Arrange
        var repository = new RuleRepository();
        repository.Load(x => x.NestedTypes().From(typeof(BadReadsRule)));

        // Act
        var error = Record.Exception(() => repository.CompileThreeValued());

        // Assert
        var loadError = Assert.IsType<RuleLoadException>(error);
        Assert.Equal("DependencyAnalysis.BadReads", loadError.RuleName);
        Assert.Contains(nameof(Child.Name), loadError.Message, StringComparison.Ordinal);
    }

    private static CompiledRule Load(Type ruleType) => Assert.Single(Compile(ruleType).Rules);

    private static ISessionFactory Compile(params Type[] rules)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.NestedTypes().From(rules));
        return repository.CompileThreeValued();
    }

    public sealed class Child
    {
        public string Name { get; set; } = "";

        public int FamilyId { get; set; }

        [Variable("child.birthDate")]
        public Input<DateOnly> BirthDate { get; set; }

        [Variable("child.hukou")]
        public Input<bool> HasLocalHukou { get; set; }

        public Input<bool> IsDisabled { get; set; }

        [Reads(nameof(IsDisabled))]
        public bool NeedsSupport => IsDisabled.Value;

        [Reads(nameof(BirthDate))]
        public bool IsBornBefore(DateOnly date) => BirthDate.Value < date;

        public bool IsBornBeforeUndeclared(DateOnly date) => BirthDate.Value < date;

        [Reads(nameof(Name))]
        public bool HasName() => Name.Length > 0;
    }

    public sealed class Family
    {
        public int Id { get; set; }

        public Input<decimal> Income { get; set; }

        public Input<bool> IsBlacklisted { get; set; }

        public Input<bool> HasAppealed { get; set; }
    }

    public sealed record Enrolment(Child Child);

    public sealed record Subsidy(Enrolment Enrolment, Family Family);

    public sealed record Support(Child Child);

    public sealed record PriorityPlace(Child Child);

    public sealed record Review(Child Child);

    public sealed record IncomeTotal(decimal Total);

    public sealed record Notice(string Text);

    [Name("DependencyAnalysis.Enrolment")]
    public sealed class EnrolmentRule : Rule
    {
        public override void Define()
        {
            Child child = default!;

            When()
                .Match(() => child, c => c.HasLocalHukou.Value, c => c.BirthDate.Value < Cutoff);
            Then()
                .Yield(ctx => new Enrolment(child));
        }
    }

    [Name("DependencyAnalysis.EnrolmentWithNotice")]
    public sealed class EnrolmentWithNoticeRule : Rule
    {
        public override void Define()
        {
            Child child = default!;

            When()
                .Match(() => child, c => c.HasLocalHukou.Value);
            Then()
                .Yield(ctx => new Enrolment(child))
                .Do(ctx => ctx.Insert(new Notice(child.Name)));
        }
    }

    [Name("DependencyAnalysis.BornBeforeCutoff")]
    public sealed class BornBeforeCutoffRule : Rule
    {
        public override void Define()
        {
            Child child = default!;

            When()
                .Match(() => child, c => c.IsBornBefore(Cutoff));
            Then()
                .Yield(ctx => new Enrolment(child));
        }
    }

    [Name("DependencyAnalysis.UndeclaredHelper")]
    public sealed class UndeclaredHelperRule : Rule
    {
        public override void Define()
        {
            Child child = default!;

            When()
                .Match(() => child, c => c.IsBornBeforeUndeclared(Cutoff));
            Then()
                .Yield(ctx => new Enrolment(child));
        }
    }

    [Name("DependencyAnalysis.BadReads")]
    public sealed class BadReadsRule : Rule
    {
        public override void Define()
        {
            Child child = default!;

            When()
                .Match(() => child, c => c.HasName());
            Then()
                .Yield(ctx => new Enrolment(child));
        }
    }

    [Name("DependencyAnalysis.Support")]
    public sealed class SupportRule : Rule
    {
        public override void Define()
        {
            Child child = default!;

            When()
                .Match(() => child, c => c.NeedsSupport);
            Then()
                .Yield(ctx => new Support(child));
        }
    }

    [Name("DependencyAnalysis.BirthDateAnswered")]
    public sealed class BirthDateAnsweredRule : Rule
    {
        public override void Define()
        {
            Child child = default!;

            When()
                .Match(() => child, c => c.BirthDate.IsKnown || c.BirthDate.State == InputState.Uncertain);
            Then()
                .Yield(ctx => new Review(child));
        }
    }

    [Name("DependencyAnalysis.Subsidy")]
    public sealed class SubsidyRule : Rule
    {
        public override void Define()
        {
            Enrolment enrolment = default!;
            Family family = default!;

            When()
                .Match(() => enrolment)
                .Match(() => family, f => f.Id == enrolment.Child.FamilyId && f.Income.Value < 3_000m);
            Then()
                .Yield(ctx => new Subsidy(enrolment, family));
        }
    }

    [Name("DependencyAnalysis.HouseholdReview")]
    public sealed class HouseholdReviewRule : Rule
    {
        public override void Define()
        {
            Child child = default!;
            Family family = default!;
            var disabledSiblings = 0;

            When()
                .Match(() => child, c => c.IsDisabled.Value)
                .Match(() => family, f => f.Id == child.FamilyId, f => f.Income.Value < 3_000m)
                .Not<Family>(f => f.Id == child.FamilyId, f => f.IsBlacklisted.Value)
                .Exists<Family>(f => f.Id == child.FamilyId, f => f.HasAppealed.Value)
                .Query(() => disabledSiblings, q => q
                    .Match<Child>(c => c.FamilyId == child.FamilyId, c => c.HasLocalHukou.Value)
                    .Collect()
                    .Select(c => c.Count())
                    .Where(n => n >= 2));
            Then()
                .Yield(ctx => new Review(child));
        }
    }

    [Name("DependencyAnalysis.FamilyIncomeTotal")]
    public sealed class FamilyIncomeTotalRule : Rule
    {
        public override void Define()
        {
            var total = 0m;

            When()
                .Query(() => total, q => q.Match<Family>().Collect().Select(c => c.Sum(f => f.Income.Value)).Where(t => t > 0m));
            Then()
                .Yield(ctx => new IncomeTotal(total));
        }
    }

    [Name("DependencyAnalysis.PriorityByResidence")]
    public sealed class PriorityByResidenceRule : Rule
    {
        public override void Define()
        {
            Child child = default!;

            When()
                .Match(() => child, c => c.HasLocalHukou.Value && c.BirthDate.Value < Cutoff);
            Then()
                .Yield(ctx => new PriorityPlace(child));
        }
    }

    [Name("DependencyAnalysis.PriorityByNeed")]
    public sealed class PriorityByNeedRule : Rule
    {
        public override void Define()
        {
            Child child = default!;

            When()
                .Match(() => child, c => c.IsDisabled.Value);
            Then()
                .Yield(ctx => new PriorityPlace(child));
        }
    }

    [Name("DependencyAnalysis.InsertNotice")]
    public sealed class InsertNoticeRule : Rule
    {
        public override void Define()
        {
            Child child = default!;

            When()
                .Match(() => child);
            Then()
                .Do(ctx => ctx.Insert(new Notice(child.Name)));
        }
    }

    [Name("DependencyAnalysis.TryInsertNotice")]
    public sealed class TryInsertNoticeRule : Rule
    {
        public override void Define()
        {
            Child child = default!;

            When()
                .Match(() => child);
            Then()
                .Do(ctx => ctx.TryInsert(new Notice(child.Name)));
        }
    }

    [Name("DependencyAnalysis.InsertLinkedNotice")]
    public sealed class InsertLinkedNoticeRule : Rule
    {
        public override void Define()
        {
            Child child = default!;

            When()
                .Match(() => child);
            Then()
                .Do(ctx => ctx.InsertLinked("notice", new Notice(child.Name)));
        }
    }

    [Name("DependencyAnalysis.Logging")]
    public sealed class LoggingRule : Rule
    {
        public override void Define()
        {
            Child child = default!;

            When()
                .Match(() => child);
            Then()
                .Do(ctx => Console.WriteLine(child.Name));
        }
    }
}
