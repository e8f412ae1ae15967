using PolicyRules.Engine.Evaluation;
using PolicyRules.Engine.Explanation;

namespace PolicyRules.Engine.Rete;

/// <summary>
/// Working memory over a shared network. The network holds no per-session state: alpha and beta
/// memories are intrusive lists whose heads live in two arrays here, so a session costs two
/// arrays, a fact table and what its facts actually match.
/// </summary>
internal sealed class Session : ISession
{
    private readonly ReteNetwork _network;
    private readonly RuleSetAnalysis _analysis;
    private readonly bool[] _inForce;
    private readonly AlphaEntry?[] _alphaHeads;
    private readonly Token?[] _betaHeads;
    /// <summary>The empty partial match every rule starts from. Never linked into a memory, so one serves all sessions.</summary>
    private static readonly Token RootToken = new(null, -1, null, null, Truth.True, null);
    private static readonly System.Reflection.MethodInfo DetermineMethod =
        typeof(Session).GetMethods().Single(m => m.Name == nameof(Determine) && m.IsGenericMethodDefinition);
    private readonly FactTable _facts = new();
    private ActionContext? _context;
    private List<FactHandle>? _pendingRetractions;
    private List<MissingInput>? _sink;
    private List<Activation>? _opaqueActivations;
    private FactHandle? _updating;
    private List<Activation>? _limbo;
    private List<FactHandle>? _cascade;
    private long _sequence;

    public Session(ReteNetwork network, RuleSetAnalysis analysis, DateOnly asOf)
    {
        _network = network;
        _analysis = analysis;
        AsOf = asOf;
        _inForce = network.InForce(asOf);
        _alphaHeads = new AlphaEntry?[network.AlphaMemoryCount];
        _betaHeads = new Token?[network.BetaMemoryCount];
        foreach (var node in network.RootConsumers)
        {
            node.LeftActivate(this, RootToken);
        }
    }

    public event Action<RuleModel.CompiledRule>? RuleFired;

    public DateOnly AsOf { get; }

    public Agenda Agenda { get; } = new();

    /// <summary>Possible matches whose actions could not run for want of an answer.</summary>
    public IReadOnlyList<Activation> OpaqueActivations => _opaqueActivations ?? [];

    public IEnumerable<FactHandle> Handles => _facts.All();

    public IEnumerable<RuleNode> Rules => _network.Rules;

    public void Insert(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (_facts.ContainsKey(fact))
        {
            throw new InvalidOperationException($"The {fact.GetType().Name} fact is already in the session; use Update.");
        }

        Add(new FactHandle(fact, Truth.True, null, null));
        ProcessRetractions();
    }

    public void InsertAll(IEnumerable<object> facts)
    {
        foreach (var fact in facts)
        {
            Insert(fact);
        }
    }

    public bool TryInsert(object fact)
    {
        if (Contains(fact))
        {
            return false;
        }

        Insert(fact);
        return true;
    }

    public void Update(object fact)
    {
        if (!TryUpdate(fact))
        {
            throw new InvalidOperationException($"The {fact.GetType().Name} fact is not in the session; insert it first.");
        }
    }

    public bool TryUpdate(object fact)
    {
        if (!_facts.TryGetValue(fact, out var handle))
        {
            return false;
        }

        Refresh(handle);
        ProcessRetractions();
        return true;
    }

    public void Retract(object fact)
    {
        if (!TryRetract(fact))
        {
            throw new InvalidOperationException($"The {fact.GetType().Name} fact is not in the session.");
        }
    }

    public bool TryRetract(object fact)
    {
        if (!_facts.TryGetValue(fact, out var handle))
        {
            return false;
        }

        Remove(handle);
        ProcessRetractions();
        return true;
    }

    public int Fire()
    {
        var fired = 0;
        while (Agenda.TryPop(out var activation))
        {
            Execute(activation);
            if (activation.Degree == Truth.True)
            {
                fired++;
                RuleFired?.Invoke(activation.Rule.Definition);
            }

            ProcessRetractions();
        }

        return fired;
    }

    public IEnumerable<T> Query<T>()
    {
        for (var handle = _facts.First; handle is not null; handle = handle.NextInSession)
        {
            if (handle.Degree == Truth.True && handle.Object is T fact)
            {
                yield return fact;
            }
        }
    }

    /// <summary>The generic form, called for a type known at run time (explanations only: not a hot path).</summary>
    public Determination Determine(Type factType) =>
        (Determination)DetermineMethod.MakeGenericMethod(factType).Invoke(this, [null])!;

    public Determination Determine<T>(Func<T, bool>? where = null)
    {
        List<object>? facts = null;
        List<object>? possible = null;
        UnknownSet? unknowns = null;
        for (var handle = _facts.First; handle is not null; handle = handle.NextInSession)
        {
            if (handle.Object is not T fact || (where is not null && !where(fact)))
            {
                continue;
            }

            if (handle.Degree == Truth.True)
            {
                (facts ??= []).Add(fact);
            }
            else
            {
                (possible ??= []).Add(fact);
                unknowns = UnknownSet.Union(unknowns, handle.Unknowns);
            }
        }

        var opaque = false;
        foreach (var activation in OpaqueActivations)
        {
            if (activation.Rule.Definition.OutputTypes.Any(typeof(T).IsAssignableFrom))
            {
                opaque = true;
                unknowns = UnknownSet.Union(unknowns, activation.Token.Unknowns);
            }
        }

        var truth = facts is not null ? Truth.True : possible is not null || opaque ? Truth.Unknown : Truth.False;
        if (truth != Truth.Unknown || unknowns is null)
        {
            return new Determination(truth, facts ?? [], possible ?? [], [], []);
        }

        return new Determination(
            truth,
            [],
            possible ?? [],
            [.. unknowns.Items.Where(i => i.State == InputState.Unknown)],
            [.. unknowns.Items.Where(i => i.State == InputState.Uncertain)]);
    }

    public FactExplanation Explain(object fact) =>
        _facts.TryGetValue(fact, out var handle)
            ? Explain(handle, [])
            : throw new InvalidOperationException($"The {fact.GetType().Name} fact is not in the session.");

    public IReadOnlyList<RuleFailure> ExplainAbsence<T>() => ExplainAbsence(typeof(T));

    public IReadOnlyList<RuleFailure> ExplainAbsence(Type factType) => new FailureAnalyzer(this).Explain(_analysis.RulesProducing(factType));

    public IReadOnlyList<RuleFailure> ExplainAbsence(Type factType, Func<RuleModel.CompiledRule, bool> among) =>
        new FailureAnalyzer(this).Explain([.. _analysis.RulesProducing(factType).Where(among)]);

    public bool Contains(object fact) => _facts.ContainsKey(fact);

    public bool IsInForce(RuleNode rule) => _inForce[rule.Order];

    public long NextSequence() => ++_sequence;

    public Token? FirstLeft(BetaNode? source) => source is null ? RootToken : _betaHeads[source.Id];

    public Token? FirstToken(int memory) => _betaHeads[memory];

    public AlphaEntry? FirstEntry(int memory) => _alphaHeads[memory];

    public Token Root => RootToken;

    public UnknownSet? CollectUnknowns(CompiledCondition condition, Token? token, object fact)
    {
        var sink = _sink ??= [];
        sink.Clear();
        condition.Evaluate(token, fact, sink);
        return UnknownSet.Of(sink);
    }

    public void Link(AlphaEntry entry)
    {
        ref var head = ref _alphaHeads[entry.Memory.Id];
        entry.Next = head;
        if (head is not null)
        {
            head.Previous = entry;
        }

        head = entry;
    }

    public void Unlink(AlphaEntry entry)
    {
        if (entry.Previous is null)
        {
            _alphaHeads[entry.Memory.Id] = entry.Next;
        }
        else
        {
            entry.Previous.Next = entry.Next;
        }

        if (entry.Next is not null)
        {
            entry.Next.Previous = entry.Previous;
        }
    }

    public void Link(int memory, Token token)
    {
        ref var head = ref _betaHeads[memory];
        token.Next = head;
        if (head is not null)
        {
            head.Previous = token;
        }

        head = token;
    }

    public void Unlink(int memory, Token token)
    {
        if (token.Previous is null)
        {
            _betaHeads[memory] = token.Next;
        }
        else
        {
            token.Previous.Next = token.Next;
        }

        if (token.Next is not null)
        {
            token.Next.Previous = token.Previous;
        }
    }

    /// <summary>A match left the network: withdraw its activation, or during an update hold it in limbo.</summary>
    public void Retire(Activation activation)
    {
        if (_updating is null)
        {
            Withdraw(activation);
            return;
        }

        Agenda.Remove(activation);
        (_limbo ??= []).Add(activation);
    }

    /// <summary>
    /// During an update, a match arriving at <paramref name="rule"/> that equals one in limbo — same
    /// facts, same degree, same unknowns, and no action that reads inside the updated fact — takes
    /// over that activation instead of making a new one.
    /// </summary>
    public bool TryResume(RuleNode rule, Token token)
    {
        if (_updating is null || _limbo is not { Count: > 0 } limbo)
        {
            return false;
        }

        for (var i = 0; i < limbo.Count; i++)
        {
            var activation = limbo[i];
            if (activation.Rule == rule && activation.Degree == token.Degree
                && UnknownSet.AreEqual(activation.Token.Unknowns, token.Unknowns) && SameMatch(rule, activation.Token, token))
            {
                limbo.RemoveAt(i);
                activation.Token = token;
                token.Activation = activation;
                if (!activation.HasFired)
                {
                    Agenda.Add(activation);
                }
                else
                {
                    CascadeFrom(activation);
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Re-propagates a changed fact. While it does, matches it leaves wait in limbo: one that comes
    /// back unchanged keeps its activation (not fired again, no new facts). Its linked facts are
    /// then refreshed in turn, since conditions downstream may read the changed fact through them.
    /// </summary>
    private void Refresh(FactHandle handle)
    {
        var pending = _cascade ??= [];
        pending.Add(handle);
        for (var i = 0; i < pending.Count; i++)
        {
            var current = pending[i];
            if (!current.IsInSession)
            {
                continue;
            }

            _updating = current;
            try
            {
                Reassert(current);
            }
            finally
            {
                _updating = null;
                ReleaseLimbo();
            }
        }

        pending.Clear();
    }

    private void CascadeFrom(Activation activation)
    {
        // A fact already refreshed in this update is not refreshed again, so cyclic derivations end.
        for (var linked = activation.FirstLinked; linked is not null; linked = linked.NextLinked)
        {
            if (!_cascade!.Contains(linked))
            {
                _cascade.Add(linked);
            }
        }

        foreach (var linked in activation.ExtraLinked ?? [])
        {
            if (!_cascade!.Contains(linked))
            {
                _cascade.Add(linked);
            }
        }
    }

    private bool SameMatch(RuleNode rule, Token before, Token after)
    {
        for (Token? a = before, b = after; a is not null && b is not null; a = a.Parent, b = b.Parent)
        {
            if (!ReferenceEquals(a.Value, b.Value) || (a.Level >= 0 && rule.ActionsReadLevel[a.Level] && a.Handle == _updating))
            {
                return false;
            }
        }

        return true;
    }

    private void ReleaseLimbo()
    {
        if (_limbo is not { Count: > 0 } limbo)
        {
            return;
        }

        foreach (var activation in limbo)
        {
            Withdraw(activation);
        }

        limbo.Clear();
    }

    /// <summary>
    /// A match stopped holding: take its activation off the agenda and let what it linked lose this
    /// justification. The bookkeeping waits until propagation is over (<see cref="ProcessRetractions"/>).
    /// </summary>
    public void Withdraw(Activation activation)
    {
        Agenda.Remove(activation);
        activation.IsWithdrawn = true;
        for (var linked = activation.FirstLinked; linked is not null; linked = linked.NextLinked)
        {
            (_pendingRetractions ??= []).Add(linked);
        }

        if (activation.ExtraLinked is { } extra)
        {
            (_pendingRetractions ??= []).AddRange(extra);
        }

        if (activation.HasOpaqueOutput)
        {
            _opaqueActivations?.Remove(activation);
        }
    }

    public void InsertDerived(object fact, Activation source, bool linked)
    {
        // Only given facts are checked: a rule re-inserting a fact another rule derived is a rule bug
        // that a full scan per insert would not be worth catching.
        if (_facts.IsGiven(fact))
        {
            throw new InvalidOperationException($"Rule '{source.Rule.Definition.Name}' inserted a {fact.GetType().Name} fact that is already in the session.");
        }

        var degree = source.Degree;
        if (degree != Truth.True && MergePossible(fact, source))
        {
            return;
        }

        var handle = new FactHandle(fact, degree, degree == Truth.Unknown ? source.Token.Unknowns : null, source);
        if (linked || degree != Truth.True)
        {
            handle.NextLinked = source.FirstLinked;
            source.FirstLinked = handle;
        }

        Add(handle);
    }

    private void Add(FactHandle handle)
    {
        _facts.Add(handle);
        Propagate(handle);
    }

    private void Propagate(FactHandle handle)
    {
        foreach (var typeNode in _network.TypeNodesFor(handle.Object.GetType()))
        {
            typeNode.Activate(this, handle);
        }
    }

    private void Remove(FactHandle handle)
    {
        _facts.Remove(handle);
        handle.IsInSession = false;
        RemoveEntries(handle);
    }

    private void RemoveEntries(FactHandle handle)
    {
        var entry = handle.Entries;
        handle.Entries = null;
        for (; entry is not null; entry = entry.NextOfFact)
        {
            entry.Memory.Remove(this, entry);
        }
    }

    private void ProcessRetractions()
    {
        while (_pendingRetractions is { Count: > 0 } pending)
        {
            var handle = pending[^1];
            pending.RemoveAt(pending.Count - 1);
            if (handle.IsInSession && !KeepJustified(handle))
            {
                Remove(handle);
            }
        }
    }

    /// <summary>
    /// A possible match would derive a fact equal to a possible fact already here: it becomes one
    /// more justification of that fact (whose unknowns grow) instead of a second copy. A possible
    /// fact that already holds for certain is not added at all.
    /// </summary>
    private bool MergePossible(object fact, Activation source)
    {
        var existing = _facts.PossibleEqualTo(fact);
        if (existing is null)
        {
            return _facts.HasCertainEqualTo(fact);
        }

        (existing.ExtraSupports ??= []).Add(source);
        (source.ExtraLinked ??= []).Add(existing);
        var unknowns = UnknownSet.Union(existing.Unknowns, source.Token.Unknowns);
        if (!UnknownSet.AreEqual(unknowns, existing.Unknowns))
        {
            existing.Unknowns = unknowns;
            Reassert(existing);
        }

        return true;
    }

    /// <summary>Whether a derived fact still has a justification; if so its unknowns are brought up to date.</summary>
    private bool KeepJustified(FactHandle handle)
    {
        if (handle.ExtraSupports is not { } extra)
        {
            return handle.Source is { IsWithdrawn: false };
        }

        extra.RemoveAll(a => a.IsWithdrawn);
        if (handle.Source!.IsWithdrawn)
        {
            if (extra.Count == 0)
            {
                return false;
            }

            handle.Source = extra[0];
            extra.RemoveAt(0);
        }

        var unknowns = extra.Aggregate(handle.Source.Token.Unknowns, (all, a) => UnknownSet.Union(all, a.Token.Unknowns));
        if (!UnknownSet.AreEqual(unknowns, handle.Unknowns))
        {
            handle.Unknowns = unknowns;
            Reassert(handle);
        }

        return true;
    }

    private void Reassert(FactHandle handle)
    {
        RemoveEntries(handle);
        Propagate(handle);
    }

    private void Execute(Activation activation)
    {
        activation.HasFired = true;
        var context = _context ??= new ActionContext(this);
        context.Begin(activation);
        foreach (var action in activation.Rule.Actions)
        {
            object? result;
            try
            {
                result = action.Run(context, activation.Token);
            }
            catch (InputNotKnownException) when (activation.Degree != Truth.True)
            {
                activation.HasOpaqueOutput = true;
                (_opaqueActivations ??= []).Add(activation);
                return;
            }
            catch (Exception e) when (e is not (RuleConditionEvaluationException or RuleActionEvaluationException))
            {
                throw new RuleActionEvaluationException(activation.Rule.Definition.Name, action.Text, e);
            }

            if (action.Kind == RuleModel.ActionKind.Yield)
            {
                context.InsertLinked(result ?? throw new RuleActionEvaluationException(
                    activation.Rule.Definition.Name, action.Text, new InvalidOperationException("Yield returned null.")));
            }
        }
    }

    private FactExplanation Explain(FactHandle handle, HashSet<FactHandle> visiting)
    {
        if (handle.Source is null || !visiting.Add(handle))
        {
            return new FactExplanation(handle.Object, handle.Degree, handle.Source?.Rule.Definition, []);
        }

        var premises = handle.Source.Token.Handles().Reverse().Select(h => Explain(h, visiting)).ToArray();
        visiting.Remove(handle);
        return new FactExplanation(handle.Object, handle.Degree, handle.Source.Rule.Definition, premises);
    }
}
