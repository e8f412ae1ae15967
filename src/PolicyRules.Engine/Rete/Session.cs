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
    private readonly Token _root = new(null, -1, null, null, Truth.True, null);
    private readonly Dictionary<object, FactHandle> _facts = new(16, ReferenceEqualityComparer.Instance);
    private readonly ActionContext _context;
    private List<FactHandle>? _pendingRetractions;
    private List<MissingInput>? _sink;
    private long _sequence;

    public Session(ReteNetwork network, RuleSetAnalysis analysis, DateOnly asOf)
    {
        _network = network;
        _analysis = analysis;
        AsOf = asOf;
        _inForce = network.InForce(asOf);
        _alphaHeads = new AlphaEntry?[network.AlphaMemoryCount];
        _betaHeads = new Token?[network.BetaMemoryCount];
        _context = new ActionContext(this);
        foreach (var node in network.RootConsumers)
        {
            node.LeftActivate(this, _root);
        }
    }

    public event Action<RuleModel.RuleDefinition>? RuleFired;

    public DateOnly AsOf { get; }

    public Agenda Agenda { get; } = new();

    /// <summary>Possible matches whose actions could not run for want of an answer.</summary>
    public List<Activation> OpaqueActivations { get; } = [];

    public IEnumerable<FactHandle> Handles => _facts.Values;

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

        RemoveEntries(handle);
        Propagate(handle);
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
        foreach (var handle in _facts.Values)
        {
            if (handle.Degree == Truth.True && handle.Object is T fact)
            {
                yield return fact;
            }
        }
    }

    public Determination Determine<T>(Func<T, bool>? where = null)
    {
        var facts = new List<object>();
        var possible = new List<object>();
        UnknownSet? unknowns = null;
        foreach (var handle in _facts.Values)
        {
            if (handle.Object is not T fact || (where is not null && !where(fact)))
            {
                continue;
            }

            if (handle.Degree == Truth.True)
            {
                facts.Add(fact);
            }
            else
            {
                possible.Add(fact);
                unknowns = UnknownSet.Union(unknowns, handle.Unknowns);
            }
        }

        var opaque = OpaqueActivations.Where(a => a.Rule.Definition.OutputTypes.Any(typeof(T).IsAssignableFrom)).ToArray();
        foreach (var activation in opaque)
        {
            unknowns = UnknownSet.Union(unknowns, activation.Token.Unknowns);
        }

        var truth = facts.Count > 0 ? Truth.True : possible.Count > 0 || opaque.Length > 0 ? Truth.Unknown : Truth.False;
        var inputs = truth == Truth.Unknown && unknowns is not null ? unknowns.Items : [];
        return new Determination(
            truth,
            facts,
            possible,
            inputs.Where(i => i.State == InputState.Unknown).ToArray(),
            inputs.Where(i => i.State == InputState.Uncertain).ToArray());
    }

    public FactExplanation Explain(object fact) =>
        _facts.TryGetValue(fact, out var handle)
            ? Explain(handle, [])
            : throw new InvalidOperationException($"The {fact.GetType().Name} fact is not in the session.");

    public IReadOnlyList<RuleFailure> ExplainAbsence<T>() => ExplainAbsence(typeof(T));

    public IReadOnlyList<RuleFailure> ExplainAbsence(Type factType) => new FailureAnalyzer(this).Explain(_analysis.RulesProducing(factType));

    public bool Contains(object fact) => _facts.ContainsKey(fact);

    public bool IsInForce(RuleNode rule) => _inForce[rule.Order];

    public long NextSequence() => ++_sequence;

    public Token? FirstLeft(BetaNode? source) => source is null ? _root : _betaHeads[source.Id];

    public Token? FirstToken(int memory) => _betaHeads[memory];

    public AlphaEntry? FirstEntry(int memory) => _alphaHeads[memory];

    public Token Root => _root;

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

    /// <summary>A match stopped holding: take its activation off the agenda and withdraw what it linked.</summary>
    public void Withdraw(Activation activation)
    {
        Agenda.Remove(activation);
        if (activation.LinkedFacts is { } linked)
        {
            (_pendingRetractions ??= []).AddRange(linked);
        }

        if (activation.HasOpaqueOutput)
        {
            OpaqueActivations.Remove(activation);
        }
    }

    public void InsertDerived(object fact, Activation source, bool linked)
    {
        if (_facts.ContainsKey(fact))
        {
            throw new InvalidOperationException($"Rule '{source.Rule.Definition.Name}' inserted a {fact.GetType().Name} fact that is already in the session.");
        }

        var degree = source.Degree;
        var handle = new FactHandle(fact, degree, degree == Truth.Unknown ? source.Token.Unknowns : null, source);
        if (linked || degree != Truth.True)
        {
            (source.LinkedFacts ??= []).Add(handle);
        }

        Add(handle);
    }

    private void Add(FactHandle handle)
    {
        _facts.Add(handle.Object, handle);
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
        _facts.Remove(handle.Object);
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
            if (handle.IsInSession && _facts.TryGetValue(handle.Object, out var current) && current == handle)
            {
                Remove(handle);
            }
        }
    }

    private void Execute(Activation activation)
    {
        activation.HasFired = true;
        _context.Begin(activation);
        foreach (var action in activation.Rule.Actions)
        {
            object? result;
            try
            {
                result = action.Run(_context, activation.Token);
            }
            catch (InputNotKnownException) when (activation.Degree != Truth.True)
            {
                activation.HasOpaqueOutput = true;
                OpaqueActivations.Add(activation);
                return;
            }
            catch (Exception e) when (e is not (RuleConditionEvaluationException or RuleActionEvaluationException))
            {
                throw new RuleActionEvaluationException(activation.Rule.Definition.Name, action.Text, e);
            }

            if (action.Kind == RuleModel.ActionKind.Yield)
            {
                _context.InsertLinked(result ?? throw new RuleActionEvaluationException(
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
