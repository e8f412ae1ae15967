using PolicyRules.Engine;
using PolicyRules.Engine.Evaluation;
using PolicyRules.Engine.Explanation;
using PolicyRules.Engine.RuleModel;
using PolicyRules.Localization;
using PolicyRules.Rules;
using PolicyRules.Rules.Catalog;
using PolicyRules.Rules.Common;
using PolicyRules.Screening.Amounts;
using PolicyRules.Screening.Reports;
using PolicyRules.Screening.Text;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Screening;

/// <summary>
/// Builds one program's entry of a report from a fired session: status from the engine's
/// three-valued determinations, the checklist and timetable from derived facts, and the reasons
/// from justifications (for a yes) or from the conditions that failed (for a no).
/// </summary>
internal sealed class ProgramReportBuilder(
    ISession session, AbsenceExplanations absences, RuleSetAnalysis analysis, AreaCatalog catalog, EvaluationRequest request, VariableRegistry variables)
{
    private readonly string _locale = request.Locale;

    /// <summary>
    /// Where the program stands: its status, whether it applies and the answers still missing for it (those its status
    /// waits on, and those a granted or still possible amount needs), without explaining anything.
    /// </summary>
    public Standing Stand(ProgramEntry program)
    {
        var applies = session.Determine<ProgramApplies>(p => p.Program == program.Id);
        var eligible = session.Determine<ProgramEligible>(p => p.Program == program.Id);
        var status = StatusOf(applies.Truth, eligible.Truth);
        var missing = status == ProgramStatus.Undetermined
            ? eligible.MissingVariableIds.Concat(applies.MissingVariableIds).Distinct().ToList()
            : [];
        var granted = status is ProgramStatus.NotApplicable or ProgramStatus.Ineligible ? [] : GrantedAmounts(program.Id, missing);
        var standing = new ProgramStanding(program.Id, status, applies.Truth switch { Truth.True => true, Truth.False => false, _ => null }, missing);
        return new Standing(standing, applies, eligible, granted);
    }

    /// <summary>The program's entry of the report, explained: where it stands (<see cref="Stand"/>) and why.</summary>
    public ProgramReport Build(ProgramEntry program, Standing standing)
    {
        var (stood, applies, eligible, granted) = standing;
        var status = stood.Status;
        var missing = stood.Missing.ToList();
        var calculator = new AmountCalculator(catalog, variables, request);
        return new ProgramReport(
            program.Id,
            program.Title.In(_locale),
            status,
            [.. granted.Select(amount => calculator.Calculate(amount, missing))],
            status == ProgramStatus.NotApplicable ? [] : Documents(program.Id),
            status == ProgramStatus.NotApplicable ? [] : Deadlines(program.Id),
            Office(program.Office),
            Reasons(program.Id, status, applies, eligible, missing),
            missing,
            status == ProgramStatus.NotApplicable ? [] : Notices(program.Id))
        {
            Applies = stood.Applies,
        };
    }

    private static string StatusOf(Truth applies, Truth eligible) => (applies, eligible) switch
    {
        (Truth.False, _) => ProgramStatus.NotApplicable,
        (_, Truth.True) => ProgramStatus.Eligible,
        (_, Truth.False) => ProgramStatus.Ineligible,
        _ => ProgramStatus.Undetermined,
    };

    /// <summary>
    /// The amounts granted for certain. The answers their formulas still need are added to <paramref name="missing"/>,
    /// and so are the answers that decide an amount the rules may still grant (an increase for service in Tibet, before
    /// the question is answered).
    /// </summary>
    private string[] GrantedAmounts(string program, List<string> missing)
    {
        var calculator = new AmountCalculator(catalog, variables, request);
        var granted = session.Query<AmountGranted>().Where(a => a.Program == program).Select(a => a.Amount).Distinct().ToArray();
        foreach (var amount in catalog.Amounts.Where(a => a.Program == program && !granted.Contains(a.Id)))
        {
            var possible = session.Determine<AmountGranted>(a => a.Program == program && a.Amount == amount.Id);
            if (possible.Truth == Truth.Unknown)
            {
                missing.AddRange(possible.MissingVariableIds.Where(v => !missing.Contains(v)).ToArray());
            }
        }

        foreach (var amount in granted)
        {
            calculator.AddUnanswered(amount, missing);
        }

        return granted;
    }

    private IReadOnlyList<DocumentReport> Documents(string program) =>
        session.Query<DocumentRequired>()
            .Where(d => d.Program == program)
            .DistinctBy(d => d.Document)
            .Select(d =>
            {
                var entry = catalog.Documents.FirstOrDefault(e => e.Id == d.Document)
                    ?? throw new InvalidOperationException($"Document '{d.Document}' is not in {catalog.Area}'s documents.yaml.");
                return new DocumentReport(d.Document, Render(entry.Name), entry.Form is null ? null : Render(entry.Form), CitationOf(d));
            })
            .ToArray();

    private IReadOnlyList<DeadlineReport> Deadlines(string program) =>
        session.Query<DeadlineApplies>()
            .Where(d => d.Program == program)
            .DistinctBy(d => d.Deadline)
            .Select(d =>
            {
                var entry = catalog.Deadlines.FirstOrDefault(e => e.Id == d.Deadline)
                    ?? throw new InvalidOperationException($"Deadline '{d.Deadline}' is not in {catalog.Area}'s deadlines.yaml.");
                var office = entry.Office is null ? null : catalog.Offices.First(o => o.Id == entry.Office).Name.In(_locale);
                var citation = entry.Citation is { } row ? Cite(row) : CitationOf(d);
                return new DeadlineReport(d.Deadline, Render(entry.Text), DateOf(entry.From, entry.After), DateOf(entry.To, entry.After), office, citation)
                {
                    Passed = IsPassed(entry),
                };
            })
            .OrderBy(d => d.From ?? d.To, StringComparer.Ordinal)
            .ToArray();

    /// <summary>The evaluation date is after the entry's last day (on or after it, when the text says “前”).</summary>
    private bool IsPassed(DeadlineEntry entry)
    {
        var last = DateOf(entry.To ?? entry.From, entry.After);
        if (last is null || !DateOnly.TryParse(last, System.Globalization.CultureInfo.InvariantCulture, out var day))
        {
            return false;
        }

        return entry.To is not null && entry.ToExcluded ? request.Date >= day : request.Date > day;
    }

    private IReadOnlyList<ReasonReport> Notices(string program) =>
        session.Query<Notice>()
            .Where(n => n.Program == program)
            .DistinctBy(n => n.Text)
            .Select(n => new ReasonReport(Render(catalog.Texts.Notices[n.Text]), CitationOf(n)))
            .ToArray();

    private OfficeReport? Office(string id)
    {
        var office = catalog.Offices.FirstOrDefault(o => o.Id == id);
        return office is null ? null : new OfficeReport(office.Name.In(_locale), office.Phone, Cite(office.Citation)) { Address = office.Address?.In(_locale) };
    }

    private IReadOnlyList<ReasonReport> Reasons(
        string program, string status, Determination applies, Determination eligible, IReadOnlyList<string> missing)
    {
        // The answers the reasons rest on: those the rules of a yes read, or those a no failed on.
        var decisive = status == ProgramStatus.Undetermined ? null : new HashSet<string>(StringComparer.Ordinal);
        var reasons = status switch
        {
            ProgramStatus.Eligible => ChainReasons(eligible.Facts[0], decisive!),
            ProgramStatus.Ineligible => FailureReasons(typeof(ProgramEligible), program, decisive!),
            ProgramStatus.NotApplicable => FailureReasons(typeof(ProgramApplies), program, decisive!),
            _ => PendingReasons(program, missing, applies, eligible),
        };
        return [.. reasons, .. InterpretationNotes(program, decisive)];
    }

    private ReasonReport[] ChainReasons(object goal, HashSet<string> decisive)
    {
        var explanation = session.Explain(goal);
        decisive.UnionWith(explanation.Chain().SelectMany(r => r.Inputs).Select(i => i.Id));
        var reasons = new List<ReasonReport>();
        Justify(explanation, [], reasons);
        return [.. reasons];
    }

    /// <summary>
    /// The reasons for the rules behind a fact, each rule once and in the order of its chain (<see cref="FactExplanation.Chain"/>),
    /// added to <paramref name="reasons"/>; each carries the reasons for the facts its rule matched. Returns the reasons
    /// this node contributes at its own level: its rule's, or, for a given fact or a rule already told, its premises'.
    /// </summary>
    private IReadOnlyList<ReasonReport> Justify(FactExplanation node, HashSet<CompiledRule> told, List<ReasonReport> reasons)
    {
        if (node.Rule is null || !told.Add(node.Rule))
        {
            return [.. node.Premises.SelectMany(p => Justify(p, told, reasons))];
        }

        var index = reasons.Count;
        reasons.Add(null!);
        var because = node.Premises.SelectMany(p => Justify(p, told, reasons)).ToArray();
        reasons[index] = new ReasonReport(RuleText(node.Rule), Cite(node.Rule.Citation)) { Kind = ReasonKind.Fired, Because = because };
        return [reasons[index]];
    }

    /// <summary>
    /// Why no rule produced the goal for this program: every condition that failed, each with its clause, so a
    /// person can put everything right at once (一次性告知). Each rule's stopping point is followed into the
    /// rules of any derived fact that was missing, and so is every other premise of the rule that cannot hold,
    /// down to conditions on the person's own answers. Routes the person is not on and unanswered questions
    /// are not failures.
    /// </summary>
    private ReasonReport[] FailureReasons(Type goal, string program, HashSet<string> decisive)
    {
        var tag = ProgramAttribute.TagFor(program);
        var failures = absences.OfGoal(goal).Where(f => f.Rule.IsTagged(tag)).ToArray();
        var seen = new HashSet<string>();
        var found = Alternatives(failures, seen, decisive, offRoute: false).ToArray();

        // Routes the person is not on are said only when nothing else explains the refusal.
        var onRoute = found.Where(f => !f.OffRoute).ToArray();
        return (onRoute.Length > 0 ? onRoute : found).Select(f => f.Reason).DistinctBy(r => r.Text).ToArray();
    }

    /// <summary>A reason for a refusal, and whether it comes from a route the person is not on (every alternative stopped at its route).</summary>
    private sealed record FoundReason(ReasonReport Reason, bool OffRoute);

    /// <summary>
    /// The failures of rules that are alternatives for one fact. An alternative that stops at its first element
    /// that tests anything is a route the person is not on (an employee is not failing the self-employed route):
    /// it is left out, unless every alternative stops there, and then what it says may be marked off-route. A rule
    /// therefore tests its route in that element and its requirements in later ones (docs/writing-rules.md).
    /// </summary>
    private IEnumerable<FoundReason> Alternatives(IReadOnlyList<RuleFailure> failures, HashSet<string> seen, HashSet<string> decisive, bool offRoute)
    {
        var failed = failures.Where(IsFailure).ToArray();
        var onRoute = failed.Where(f => !StopsAtItsRoute(f)).ToArray();
        if (onRoute.Length > 0)
        {
            return onRoute.SelectMany(f => Unfold(f, seen, decisive, offRoute));
        }

        // Every alternative stopped at its route. A route chosen by a choice, a date or a number (hukou, age) is
        // one the person is not on; a route whose own test is a yes/no the person answered no (a permit issued
        // in the district) is a requirement the person failed.
        var requirementFailed = failed.Any(FailsAYesNo);
        return failed.SelectMany(f => Unfold(f, seen, decisive, offRoute || !requirementFailed));
    }

    private bool FailsAYesNo(RuleFailure failure) =>
        failure.FailedConditions.Any(c => c.Value == Truth.False
            && c.Variables.Any(v => variables.TryGet(v.Id, out var definition) && definition.Kind == VariableKind.Bool));

    /// <summary>A rule that may still fire (it waits on an unanswered question) has not failed.</summary>
    private static bool IsFailure(RuleFailure failure) =>
        failure.Blocking is not null || failure.FailedConditions.Count == 0 || failure.FailedConditions.Any(c => c.Value == Truth.False);

    private static bool StopsAtItsRoute(RuleFailure failure)
    {
        var shape = failure.Rule.Shape;
        var route = Enumerable.Range(0, shape.Count)
            .FirstOrDefault(i => shape[i].Conditions > 0 || shape[i].Kind is ElementKind.Not or ElementKind.Exists, -1);
        return failure.Blocking is not null && failure.MatchedElements == route;
    }

    private IEnumerable<FoundReason> Unfold(RuleFailure failure, HashSet<string> seen, HashSet<string> decisive, bool offRoute)
    {
        if (!seen.Add(failure.Rule.Name))
        {
            yield break;
        }

        var derived = DerivedTypeBlocking(failure);
        if (derived is not null)
        {
            foreach (var reason in Alternatives(absences.Of(derived), seen, decisive, offRoute))
            {
                yield return reason;
            }
        }
        else
        {
            yield return new FoundReason(FailureText(failure, decisive), offRoute);
        }

        foreach (var premise in AbsentPremisesAfter(failure))
        {
            foreach (var reason in Alternatives(absences.Of(premise), seen, decisive, offRoute))
            {
                yield return reason;
            }
        }
    }

    private ReasonReport FailureText(RuleFailure failure, HashSet<string> decisive)
    {
        var failedOn = failure.FailedConditions.Where(c => c.Value == Truth.False).SelectMany(c => c.Variables).Distinct().ToArray();
        decisive.UnionWith(failedOn.Select(v => v.Id));
        var answers = failedOn.Select(AnswerText).ToArray();
        var text = failure.Blocking is null && failure.FailedConditions.Count == 0
            ? Localize($"{RuleText(failure.Rule)}（本规定在{request.Date:yyyy-MM-dd}不适用，有效期：{failure.Rule.Effective}）",
                $"{RuleText(failure.Rule)} (not in force on {request.Date:yyyy-MM-dd}; in force {failure.Rule.Effective})")
            : Localize($"不满足：{RuleText(failure.Rule)}", $"Not met: {RuleText(failure.Rule)}");
        if (answers.Length > 0)
        {
            text += Localize($"（您的回答：{string.Join("；", answers)}）", $" (your answer: {string.Join("; ", answers)})");
        }

        return new ReasonReport(text, Cite(failure.Rule.Citation)) { Kind = ReasonKind.Failed };
    }

    private Type? DerivedTypeBlocking(RuleFailure failure)
    {
        var type = failure.Blocking is { Kind: ElementKind.Match or ElementKind.Exists } blocking ? blocking.FactType : null;
        var isDerived = type is not null && failure.FailedConditions.Count == 0 && analysis.RulesProducing(type).Count > 0;
        return isDerived ? type : null;
    }

    /// <summary>The derived facts the rule needs after the element it stopped at that cannot hold either.</summary>
    private IEnumerable<Type> AbsentPremisesAfter(RuleFailure failure)
    {
        if (failure.Blocking is null)
        {
            return [];
        }

        return failure.Rule.Shape.Skip(failure.MatchedElements + 1)
            .Where(e => e.Kind is ElementKind.Match or ElementKind.Exists && analysis.RulesProducing(e.FactType).Count > 0)
            .Select(e => e.FactType)
            .Distinct()
            .Where(type => session.Determine(type).Truth == Truth.False);
    }

    /// <summary>
    /// What the program waits on: the questions still to answer (or answered “don't know”), grouped by the
    /// clause whose condition reads them, each group citing that clause.
    /// </summary>
    private IEnumerable<ReasonReport> PendingReasons(string program, IReadOnlyList<string> missing, Determination applies, Determination eligible)
    {
        var rules = RulesDeciding(program);
        if (missing.Count > 0)
        {
            foreach (var (citation, ids) in ByClause(missing, rules))
            {
                var questions = ids.Select(id => variables[id].Question(_locale, request.Date));
                yield return new ReasonReport(
                    Localize($"尚不能确定，还需要知道：{string.Join(" ", questions)}", $"Cannot tell yet. Still needed: {string.Join(" ", questions)}"),
                    citation) { Kind = ReasonKind.Pending };
            }

            yield break;
        }

        var uncertain = eligible.Uncertain.Concat(applies.Uncertain).Select(u => u.VariableId).Distinct().ToArray();
        if (uncertain.Length == 0)
        {
            yield return new ReasonReport(Localize("尚不能确定：您回答了“不知道”的问题会影响结果。", "Cannot tell yet: questions you answered \"don't know\" decide it."), null) { Kind = ReasonKind.Pending };
            yield break;
        }

        foreach (var (citation, ids) in ByClause(uncertain, rules))
        {
            var questions = ids.Select(id => variables[id].Question(_locale, request.Date));
            yield return new ReasonReport(
                Localize($"尚不能确定：您对这些问题回答了“不知道”，它们会影响结果：{string.Join(" ", questions)}",
                    $"Cannot tell yet: you answered \"don't know\" to questions that decide it: {string.Join(" ", questions)}"),
                citation) { Kind = ReasonKind.Pending };
        }
    }

    /// <summary>The variables grouped by the clause of the first rule deciding the program that reads them, in the order given.</summary>
    private static IEnumerable<(CitationReport? Citation, IReadOnlyList<string> Ids)> ByClause(IEnumerable<string> ids, IReadOnlyList<CompiledRule> rules) =>
        ids.Select(id => (Id: id, Citation: Cite(rules.FirstOrDefault(r => r.Inputs.Any(i => i.Id == id))?.Citation)))
            .GroupBy(x => x.Citation)
            .Select(g => (g.Key, (IReadOnlyList<string>)[.. g.Select(x => x.Id)]));

    /// <summary>The rules that decide whether the program applies and is granted, and the rules behind the facts they need.</summary>
    private List<CompiledRule> RulesDeciding(string program)
    {
        var tag = ProgramAttribute.TagFor(program);
        var found = analysis.RulesProducing(typeof(ProgramEligible)).Concat(analysis.RulesProducing(typeof(ProgramApplies)))
            .Where(r => r.IsTagged(tag))
            .Distinct()
            .ToList();
        var types = new HashSet<Type> { typeof(ProgramEligible), typeof(ProgramApplies) };
        for (var i = 0; i < found.Count; i++)
        {
            foreach (var producer in found[i].ConsumedTypes.Where(types.Add).SelectMany(analysis.RulesProducing))
            {
                if (!found.Contains(producer))
                {
                    found.Add(producer);
                }
            }
        }

        return found;
    }

    /// <summary>
    /// A reading of the interpretations register that this case sits exactly on: for a yes or a no, only
    /// one of an answer the result rests on (<paramref name="decisive"/>), since the programs of an area
    /// share the program facts and an answer is listed for every program downstream of it.
    /// </summary>
    private IEnumerable<ReasonReport> InterpretationNotes(string program, HashSet<string>? decisive)
    {
        foreach (var entry in catalog.Interpretations.Where(i => i.Variable is not null && i.Parameter is not null))
        {
            if (!request.Answers.TryGetValue(entry.Variable!, out var answer) || answer.State != InputState.Known
                || !answer.Variable.Programs.Contains(program) || decisive?.Contains(entry.Variable!) == false)
            {
                continue;
            }

            var parameter = catalog.Parameters.First(p => p.Name == entry.Parameter).ValueAt(request.Date)?.Value;
            if (parameter is not null && ParameterBinder.Convert(parameter, answer.Variable.ValueType, entry.Parameter!).Equals(answer.Value))
            {
                yield return new ReasonReport(
                    Localize($"此结果取决于对“{entry.Text}”的理解：{entry.Reading.In(_locale)}（另一种理解：{entry.Alternative.In(_locale)}）",
                        $"This result turns on how \"{entry.Text}\" is read: {entry.Reading.In(_locale)} (the other reading: {entry.Alternative.In(_locale)})"),
                    Cite(entry.Citation));
            }
        }
    }

    /// <summary>The question and the person's answer to it, so a refusal says which answer stands in the way.</summary>
    private string AnswerText(VariableReference variable)
    {
        var question = variables.TryGet(variable.Id, out var definition) ? definition.Question(_locale, request.Date) : variable.Id;
        if (!request.Answers.TryGetValue(variable.Id, out var answer))
        {
            return $"{question}{Localize("尚未回答", " Not answered yet")}";
        }

        var given = answer.State == InputState.Uncertain ? Localize("不知道", "don't know") : AnswerFormatter.Format(answer, _locale);
        return Locales.IsEnglish(_locale) ? $"{question} {given}" : $"{question}{given}";
    }

    private string RuleText(CompiledRule rule) =>
        catalog.Texts.Rules.TryGetValue(rule.Name, out var text) ? Render(text) : rule.Metadata.Description ?? rule.Name;

    private CitationReport? CitationOf(object fact) => Cite(session.Explain(fact).Rule?.Citation);

    private static CitationReport? Cite(Citation? citation) => citation is null ? null : new CitationReport(citation.Document, citation.Clause);

    private static CitationReport Cite(CitationEntry citation) => new(citation.Document, citation.Clause);

    private string? DateOf(string? parameter, string? after)
    {
        var value = parameter is null ? null : catalog.Parameters.First(p => p.Name == parameter).ValueAt(request.Date)?.Value;
        if (after is null || value is null)
        {
            return value?.ToString();
        }

        // A period counted from the person's own date: the parameter is a number of years after it.
        return request.Answers.TryGetValue(after, out var answer) && answer.State == InputState.Known && answer.Value is DateOnly start
            ? start.AddYears(Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : null;
    }

    private string Render(Localized text) => TextRenderer.Render(text, _locale, catalog, request.Date);

    private string Localize(string zh, string en) => Locales.IsEnglish(_locale) ? en : zh;
}
