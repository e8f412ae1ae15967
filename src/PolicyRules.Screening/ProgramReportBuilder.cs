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
    ISession session, RuleSetAnalysis analysis, AreaCatalog catalog, EvaluationRequest request, VariableRegistry variables)
{
    private readonly string _locale = request.Locale;

    public ProgramReport Build(ProgramEntry program)
    {
        var applies = session.Determine<ProgramApplies>(p => p.Program == program.Id);
        var eligible = session.Determine<ProgramEligible>(p => p.Program == program.Id);
        var status = StatusOf(applies.Truth, eligible.Truth);
        var missing = status == ProgramStatus.Undetermined
            ? eligible.MissingVariableIds.Concat(applies.MissingVariableIds).Distinct().ToList()
            : [];
        var amounts = status is ProgramStatus.NotApplicable or ProgramStatus.Ineligible ? [] : Amounts(program.Id, missing);

        return new ProgramReport(
            program.Id,
            program.Title.In(_locale),
            status,
            amounts,
            status == ProgramStatus.NotApplicable ? [] : Documents(program.Id),
            status == ProgramStatus.NotApplicable ? [] : Deadlines(program.Id),
            Office(program.Office),
            Reasons(program.Id, status, eligible, missing, UncertainIds(applies, eligible)),
            missing,
            status == ProgramStatus.NotApplicable ? [] : Notices(program.Id))
        {
            Applies = applies.Truth switch { Truth.True => true, Truth.False => false, _ => null },
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
    /// The amounts granted for certain; the answers their formulas still need are added to
    /// <paramref name="missing"/>, and so are the answers that decide an amount the rules may still grant
    /// (an increase for service in Tibet, before the question is answered).
    /// </summary>
    private IReadOnlyList<AmountReport> Amounts(string program, List<string> missing)
    {
        var calculator = new AmountCalculator(catalog, variables, request);
        var granted = session.Query<AmountGranted>().Where(a => a.Program == program).DistinctBy(a => a.Amount).ToArray();
        foreach (var amount in catalog.Amounts.Where(a => a.Program == program && granted.All(g => g.Amount != a.Id)))
        {
            var possible = session.Determine<AmountGranted>(a => a.Program == program && a.Amount == amount.Id);
            if (possible.Truth == Truth.Unknown)
            {
                missing.AddRange(possible.MissingVariableIds.Where(v => !missing.Contains(v)).ToArray());
            }
        }

        return [.. granted.Select(a => calculator.Calculate(a.Amount, missing))];
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
                return new DeadlineReport(d.Deadline, Render(entry.Text), DateOf(entry.From, entry.After), DateOf(entry.To, entry.After), office, CitationOf(d));
            })
            .OrderBy(d => d.From ?? d.To, StringComparer.Ordinal)
            .ToArray();

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

    private static IReadOnlyList<string> UncertainIds(params Determination[] determinations) =>
        [.. determinations.SelectMany(d => d.Uncertain).Select(u => u.VariableId).Distinct()];

    private IReadOnlyList<ReasonReport> Reasons(
        string program, string status, Determination eligible, IReadOnlyList<string> missing, IReadOnlyList<string> uncertain)
    {
        // The answers the reasons rest on: those the rules of a yes read, or those a no failed on.
        var decisive = status == ProgramStatus.Undetermined ? null : new HashSet<string>(StringComparer.Ordinal);
        var reasons = status switch
        {
            ProgramStatus.Eligible => ChainReasons(eligible.Facts[0], decisive!),
            ProgramStatus.Ineligible => FailureReasons(typeof(ProgramEligible), program, decisive!),
            ProgramStatus.NotApplicable => FailureReasons(typeof(ProgramApplies), program, decisive!),
            _ => PendingReasons(missing, uncertain),
        };
        return [.. reasons, .. InterpretationNotes(program, decisive)];
    }

    private ReasonReport[] ChainReasons(object goal, HashSet<string> decisive)
    {
        var chain = session.Explain(goal).Chain();
        decisive.UnionWith(chain.SelectMany(r => r.Inputs).Select(i => i.Id));
        return [.. chain.Select(r => new ReasonReport(RuleText(r), Cite(r.Citation)))];
    }

    /// <summary>
    /// Why no rule produced the goal for this program: each rule's stopping point, followed into the
    /// rules of any derived fact that was missing, down to conditions on the person's own answers.
    /// </summary>
    private ReasonReport[] FailureReasons(Type goal, string program, HashSet<string> decisive)
    {
        var tag = ProgramAttribute.TagFor(program);
        var failures = session.ExplainAbsence(goal).Where(f => f.Rule.IsTagged(tag));
        var seen = new HashSet<string>();
        return failures.SelectMany(f => Unfold(f, seen, decisive)).DistinctBy(r => r.Text).ToArray();
    }

    private IEnumerable<ReasonReport> Unfold(RuleFailure failure, HashSet<string> seen, HashSet<string> decisive)
    {
        if (!seen.Add(failure.Rule.Name))
        {
            yield break;
        }

        var derived = DerivedTypeBlocking(failure);
        if (derived is not null)
        {
            foreach (var reason in session.ExplainAbsence(derived).SelectMany(f => Unfold(f, seen, decisive)))
            {
                yield return reason;
            }

            yield break;
        }

        var failedOn = failure.FailedConditions.SelectMany(c => c.Variables).Distinct().ToArray();
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

        yield return new ReasonReport(text, Cite(failure.Rule.Citation));
    }

    private Type? DerivedTypeBlocking(RuleFailure failure)
    {
        var type = failure.Blocking is { Kind: ElementKind.Match or ElementKind.Exists } blocking ? blocking.FactType : null;
        var isDerived = type is not null && failure.FailedConditions.Count == 0 && analysis.RulesProducing(type).Count > 0;
        return isDerived ? type : null;
    }

    /// <summary>What the program still waits on: the questions not yet answered, else the ones answered "don't know".</summary>
    private IEnumerable<ReasonReport> PendingReasons(IReadOnlyList<string> missing, IReadOnlyList<string> uncertain)
    {
        if (missing.Count > 0)
        {
            var questions = missing.Take(3).Select(id => variables[id].Question(_locale, request.Date));
            yield return new ReasonReport(
                Localize($"尚不能确定，还需要知道：{string.Join(" ", questions)}", $"Cannot tell yet. Still needed: {string.Join(" ", questions)}"),
                null);
            yield break;
        }

        if (uncertain.Count == 0)
        {
            yield return new ReasonReport(Localize("尚不能确定：您回答了“不知道”的问题会影响结果。", "Cannot tell yet: questions you answered \"don't know\" decide it."), null);
            yield break;
        }

        foreach (var id in uncertain)
        {
            var question = variables[id].Question(_locale, request.Date);
            yield return new ReasonReport(Localize($"您回答了“不知道”：{question}", $"You answered \"don't know\": {question}"), null);
        }
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

    private string AnswerText(VariableReference variable)
    {
        if (!request.Answers.TryGetValue(variable.Id, out var answer))
        {
            return Localize("尚未回答", "not answered yet");
        }

        return answer.State == InputState.Uncertain ? Localize("不知道", "don't know") : AnswerFormatter.Format(answer, _locale);
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
