using System.Runtime.CompilerServices;
using System.Text.Json;
using nietras.SeparatedValues;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Screening.Batch;

/// <summary>
/// A list as CSV (read with Sep): a header row of variable ids, one case per row, cells as <see cref="CellValue"/>
/// reads them; the key column, when one is named, is the only column that is not a variable. The header is checked
/// before any row is read: a column that is no variable is an <see cref="InvalidInputException"/> naming it.
/// </summary>
public sealed class CsvCaseTable : ICaseTable
{
    private readonly SepReader _reader;
    private readonly Header _header;

    private CsvCaseTable(SepReader reader, Header header)
    {
        _reader = reader;
        _header = header;
    }

    public IReadOnlyList<VariableDefinition> Variables => [.. _header.Columns.OfType<VariableDefinition>()];

    public static async Task<CsvCaseTable> OpenAsync(TextReader text, VariableRegistry variables, string? keyColumn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var reader = await Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromAsync(text, cancellationToken);
        try
        {
            return new CsvCaseTable(reader, Header.Read(reader.Header.ColNames, variables, keyColumn));
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    public async IAsyncEnumerable<CaseRow> ReadRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await _reader.MoveNextAsync(cancellationToken))
        {
            yield return CurrentRow();
        }
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>The current row's cells, copied out of the reader's buffer (a row is a ref struct, gone at the next read).</summary>
    private CsvRow CurrentRow()
    {
        var row = _reader.Current;
        var cells = new string[row.ColCount];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = row[i].ToString();
        }

        return new CsvRow(row.LineNumberFrom, _header, cells);
    }

    /// <summary>The columns in order: each a variable, or null for the key column.</summary>
    private sealed record Header(IReadOnlyList<VariableDefinition?> Columns, int? KeyIndex)
    {
        public static Header Read(IReadOnlyList<string> names, VariableRegistry variables, string? keyColumn)
        {
            var errors = new List<InputError>();
            var columns = new VariableDefinition?[names.Count];
            int? keyIndex = null;
            for (var i = 0; i < names.Count; i++)
            {
                var name = names[i].Trim();
                if (name == keyColumn)
                {
                    keyIndex = i;
                }
                else if (variables.TryGet(name, out var variable))
                {
                    if (columns.Contains(variable))
                    {
                        errors.Add(new InputError(name, $"“{name}”列出现了两次；每个变量只能有一列。", $"The column '{name}' appears twice; give each variable one column."));
                    }

                    columns[i] = variable;
                }
                else
                {
                    errors.Add(UnknownColumn(name));
                }
            }

            if (keyColumn is not null && keyIndex is null)
            {
                errors.Add(new InputError(keyColumn, $"表头中没有 --key 指定的“{keyColumn}”列；表头为：{string.Join("，", names)}。",
                    $"The header has no column '{keyColumn}' for --key; its columns are: {string.Join(", ", names)}."));
            }

            return errors.Count > 0 ? throw new InvalidInputException(errors) : new Header(columns, keyIndex);
        }

        private static InputError UnknownColumn(string name) => new(name,
            $"表头“{name}”不是变量 id；可用 `policyrules variables` 查看全部变量 id。姓名、证件号等标识列请删去，或用 --key 指明（只有 --key 指明的列会写入结果）。",
            $"The column '{name}' is not a variable id; `policyrules variables` lists them all. Remove columns such as names or ID numbers, "
            + "or name one with --key (only the --key column is copied to the results).");
    }

    private sealed class CsvRow(long row, Header header, string[] cells) : CaseRow(row)
    {
        internal override RowCase Read()
        {
            var key = header.KeyIndex is { } k && k < cells.Length ? cells[k] : null;
            if (cells.Length != header.Columns.Count)
            {
                return RowCase.Unreadable(key, new InputError(string.Empty,
                    $"此行有 {cells.Length} 个单元格，表头有 {header.Columns.Count} 列；请检查是否多了或少了逗号。",
                    $"This row has {cells.Length} cells but the header has {header.Columns.Count} columns; check for a missing or extra comma."));
            }

            var facts = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            for (var i = 0; i < cells.Length; i++)
            {
                if (header.Columns[i] is { } variable && CellValue.ToFact(variable, cells[i]) is { } fact)
                {
                    facts[variable.Id] = fact;
                }
            }

            return RowCase.Read(new CaseFile(null, null, facts), key);
        }
    }
}
