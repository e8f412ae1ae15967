using PolicyRules.Rules;

namespace PolicyRules.Screening.Amounts;

/// <summary>Every area's amount formulas, read and checked once when the services are built.</summary>
internal sealed class AmountFormulas
{
    private readonly Dictionary<(string Area, string Id), AmountFormula> _formulas = [];

    public AmountFormulas(PolicyLibrary library, Func<string, bool> isVariable)
    {
        foreach (var area in library.Catalogs)
        {
            foreach (var entry in area.Amounts)
            {
                if (area.Programs.All(p => p.Id != entry.Program))
                {
                    throw new InvalidOperationException($"{area.Folder}/amounts: the amount '{entry.Id}' is for '{entry.Program}', which is no program of the area.");
                }

                if (!_formulas.TryAdd((area.Area, entry.Id), AmountFormula.Read(entry, area, isVariable)))
                {
                    throw new InvalidOperationException($"{area.Folder}/amounts: two amounts have the id '{entry.Id}'.");
                }
            }
        }
    }

    /// <summary>The variables the amounts of <paramref name="program"/> read.</summary>
    public IEnumerable<string> VariablesOf(string program) =>
        _formulas.Values.Where(f => f.Entry.Program == program).SelectMany(f => f.Variables).Distinct();

    public AmountFormula Of(string area, string id) =>
        _formulas.TryGetValue((area, id), out var formula)
            ? formula
            : throw new InvalidOperationException($"A rule grants the amount '{id}', which {area}'s amounts.yaml does not define.");
}
