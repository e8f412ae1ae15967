using System.Runtime.CompilerServices;
using System.Text.Json;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Screening.Batch;

/// <summary>
/// A list as JSON Lines: each non-blank line a case file (<c>{ "date"?, "locale"?, "facts" }</c>, as for
/// <c>policyrules evaluate</c>), its key, when one is named, a top-level property beside <c>facts</c>. The
/// first case's facts stand for the list's variables.
/// </summary>
public sealed class JsonLinesCaseTable : ICaseTable
{
    private readonly TextReader _text;
    private readonly string? _keyProperty;
    private (long Number, string Text)? _first;
    private long _lineNumber;

    private JsonLinesCaseTable(TextReader text, string? keyProperty)
    {
        _text = text;
        _keyProperty = keyProperty;
    }

    public IReadOnlyList<VariableDefinition> Variables { get; private set; } = [];

    public static async Task<JsonLinesCaseTable> OpenAsync(TextReader text, VariableRegistry variables, string? keyProperty, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var table = new JsonLinesCaseTable(text, keyProperty);
        table._first = await table.NextLineAsync(cancellationToken);
        if (table._first is { } first && new JsonLine(first.Number, first.Text, keyProperty).Read().File is { } file)
        {
            table.Variables = [.. file.Facts.Keys.Select(id => variables.TryGet(id, out var variable) ? variable : null).OfType<VariableDefinition>()];
        }

        return table;
    }

    public async IAsyncEnumerable<CaseRow> ReadRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (_first is { } first)
        {
            _first = null;
            yield return new JsonLine(first.Number, first.Text, _keyProperty);
        }

        while (await NextLineAsync(cancellationToken) is { } line)
        {
            yield return new JsonLine(line.Number, line.Text, _keyProperty);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<(long Number, string Text)?> NextLineAsync(CancellationToken cancellationToken)
    {
        while (await _text.ReadLineAsync(cancellationToken) is { } line)
        {
            _lineNumber++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                return (_lineNumber, line);
            }
        }

        return null;
    }

    private sealed class JsonLine(long row, string text, string? keyProperty) : CaseRow(row)
    {
        internal override RowCase Read()
        {
            string? key = null;
            try
            {
                key = keyProperty is null ? null : Key(keyProperty);
                return new RowCase(CaseFile.Parse(text), key, null);
            }
            catch (JsonException e)
            {
                return RowCase.Unreadable(key, new InputError(string.Empty, $"此行不是有效的案例文件：{e.Message}", $"This line is not a valid case file: {e.Message}"));
            }
        }

        private string? Key(string property)
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(property, out var key)
                ? key.ValueKind == JsonValueKind.String ? key.GetString() : key.GetRawText()
                : null;
        }
    }
}
