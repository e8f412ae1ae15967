using System.Diagnostics.CodeAnalysis;

namespace PolicyRules.Engine.Rete;

/// <summary>
/// The facts of a session in insertion order (an intrusive list through the handles). Only facts
/// given from outside are indexed by object: derived facts are many and rarely looked up by
/// object, so indexing them would cost every evaluation a growing hash table; they are found by a
/// scan instead.
/// </summary>
internal sealed class FactTable
{
    private readonly Dictionary<object, FactHandle> _given = new(16, ReferenceEqualityComparer.Instance);
    private Dictionary<object, FactHandle>? _possibleByValue;
    private Dictionary<object, int>? _certainByValue;
    private FactHandle? _last;

    public FactHandle? First { get; private set; }

    public void Add(FactHandle handle)
    {
        if (handle.Source is null)
        {
            _given.Add(handle.Object, handle);
        }
        else if (handle.Degree != Evaluation.Truth.True)
        {
            (_possibleByValue ??= []).TryAdd(handle.Object, handle);
        }
        else if (_certainByValue is not null)
        {
            _certainByValue[handle.Object] = _certainByValue.GetValueOrDefault(handle.Object) + 1;
        }

        handle.PreviousInSession = _last;
        if (_last is null)
        {
            First = handle;
        }
        else
        {
            _last.NextInSession = handle;
        }

        _last = handle;
    }

    public void Remove(FactHandle handle)
    {
        if (handle.Source is null)
        {
            _given.Remove(handle.Object);
        }
        else if (handle.Degree != Evaluation.Truth.True)
        {
            if (_possibleByValue is not null && _possibleByValue.TryGetValue(handle.Object, out var indexed) && indexed == handle)
            {
                _possibleByValue.Remove(handle.Object);
            }
        }
        else if (_certainByValue is not null && _certainByValue.TryGetValue(handle.Object, out var count))
        {
            if (count <= 1)
            {
                _certainByValue.Remove(handle.Object);
            }
            else
            {
                _certainByValue[handle.Object] = count - 1;
            }
        }

        if (handle.PreviousInSession is null)
        {
            First = handle.NextInSession;
        }
        else
        {
            handle.PreviousInSession.NextInSession = handle.NextInSession;
        }

        if (handle.NextInSession is null)
        {
            _last = handle.PreviousInSession;
        }
        else
        {
            handle.NextInSession.PreviousInSession = handle.PreviousInSession;
        }

        handle.NextInSession = handle.PreviousInSession = null;
    }

    public bool ContainsKey(object fact) => TryGetValue(fact, out _);

    public bool IsGiven(object fact) => _given.ContainsKey(fact);

    /// <summary>A possible derived fact equal (by value) to <paramref name="fact"/>.</summary>
    public FactHandle? PossibleEqualTo(object fact) =>
        _possibleByValue is not null && _possibleByValue.TryGetValue(fact, out var handle) ? handle : null;

    /// <summary>
    /// Whether a derived fact equal (by value) to <paramref name="fact"/> already holds for certain.
    /// The value index is built on first use, which only sessions with possible matches make.
    /// </summary>
    public bool HasCertainEqualTo(object fact)
    {
        if (_certainByValue is null)
        {
            _certainByValue = [];
            for (var handle = First; handle is not null; handle = handle.NextInSession)
            {
                if (handle.Source is not null && handle.Degree == Evaluation.Truth.True)
                {
                    _certainByValue[handle.Object] = _certainByValue.GetValueOrDefault(handle.Object) + 1;
                }
            }
        }

        return _certainByValue.ContainsKey(fact);
    }

    public bool TryGetValue(object fact, [NotNullWhen(true)] out FactHandle? handle)
    {
        if (_given.TryGetValue(fact, out handle))
        {
            return true;
        }

        for (handle = First; handle is not null; handle = handle.NextInSession)
        {
            if (ReferenceEquals(handle.Object, fact))
            {
                return true;
            }
        }

        return false;
    }

    public IEnumerable<FactHandle> All()
    {
        for (var handle = First; handle is not null; handle = handle.NextInSession)
        {
            yield return handle;
        }
    }
}
