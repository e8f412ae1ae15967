using System.Text.RegularExpressions;

namespace PolicyRules.Search.Documents;

/// <summary>
/// Splits a gazette file into its documents. A document begins where its number stands alone on a line
/// (门政办发〔2017〕27 号); its title is the block of lines just above the number, or, under a letterhead
/// (北京市西城区人民政府文件), the lines just below it. It runs until the title block of the next. Text before the first
/// number (a gazette's cover and contents) belongs to no document and is left out.
/// </summary>
public static partial class GazetteReader
{
    public static IReadOnlyList<PolicyDocument> Read(string file) => Split(Path.GetFileName(file), File.ReadAllLines(file));

    public static IReadOnlyList<PolicyDocument> Split(string file, IReadOnlyList<string> lines)
    {
        var heads = Enumerable.Range(0, lines.Count)
            .Where(i => DocumentNumber().IsMatch(lines[i]))
            .Select(i => Head.At(lines, i))
            .ToArray();
        var documents = new List<PolicyDocument>();
        for (var d = 0; d < heads.Length; d++)
        {
            var end = d + 1 < heads.Length ? heads[d + 1].Start : lines.Count;
            var body = lines.Skip(heads[d].BodyStart).Take(Math.Max(0, end - heads[d].BodyStart)).ToArray();
            documents.Add(new PolicyDocument(heads[d].Number, heads[d].Title, file, ClauseSplitter.Split(body)));
        }

        return documents;
    }

    private static bool IsBlank(string line) => string.IsNullOrWhiteSpace(line);

    /// <summary>A document's number, title, the line its heading starts on and the line its body starts on.</summary>
    private sealed record Head(string Number, string Title, int Start, int BodyStart)
    {
        public static Head At(IReadOnlyList<string> lines, int numberLine)
        {
            var number = SourceText.Compact(lines[numberLine]);
            var above = BlockEndingAt(lines, numberLine - 1);
            if (above.Count > 0 && !IsLetterhead(lines[above[^1]]))
            {
                return new Head(number, Join(lines, above), above[0], numberLine + 1);
            }

            var below = TitleBelow(lines, numberLine + 1);
            var start = above.Count > 0 ? above[^1] : numberLine;
            return new Head(number, Join(lines, below), start, below.Count > 0 ? below[^1] + 1 : numberLine + 1);
        }

        private static List<int> BlockEndingAt(IReadOnlyList<string> lines, int from)
        {
            var last = from;
            while (last >= 0 && IsBlank(lines[last]))
            {
                last--;
            }

            var block = new List<int>();
            for (var i = last; i >= 0 && !IsBlank(lines[i]); i--)
            {
                block.Insert(0, i);
            }

            return block;
        }

        /// <summary>The title under a letterhead: up to four lines, blank lines between them allowed, ending before the addressees or the first sentence.</summary>
        private static List<int> TitleBelow(IReadOnlyList<string> lines, int from)
        {
            var block = new List<int>();
            for (var i = from; i < lines.Count && block.Count < 4; i++)
            {
                var line = lines[i].Trim();
                if (line.EndsWith('：') || line.Contains('。', StringComparison.Ordinal))
                {
                    break;
                }

                if (line.Length > 0)
                {
                    block.Add(i);
                }
            }

            return block;
        }

        private static bool IsLetterhead(string line)
        {
            var text = SourceText.Compact(line);
            return text.EndsWith("文件", StringComparison.Ordinal) && text.Length <= 20;
        }

        private static string Join(IReadOnlyList<string> lines, List<int> block) => SourceText.Compact(string.Join(" ", block.Select(i => lines[i])));
    }

    [GeneratedRegex(@"^\s*\p{IsCJKUnifiedIdeographs}{1,10}〔\s*\d{4}\s*〕\s*\d+\s*号\s*$")]
    private static partial Regex DocumentNumber();
}
