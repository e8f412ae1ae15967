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
            var key = keyProperty is null ? null : Key(keyProperty);
            try
            {
                return RowCase.Read(CaseFile.Parse(text, keyProperty is null ? [] : [keyProperty]), key);
            }
            catch (InvalidInputException e)
            {
                return RowCase.Unreadable(key, e.Errors);
            }
        }

        /// <summary>The row's key, when the line is a JSON object that has it; what is wrong with the line is the case's to say.</summary>
        private string? Key(string property)
        {
            try
            {
                using var document = JsonDocument.Parse(text);
                return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(property, out var key)
                    ? key.ValueKind == JsonValueKind.String ? key.GetString() : key.GetRawText()
                    : null;
            }
            catch (Exception e) when (e is JsonException or ArgumentException)
            {
                return null;
            }
        }
    }
}
