using System.Text;
using PolicyRules.Screening;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Cli;

/// <summary>
/// Reads the text of a case file from a path, or from standard input for "-", refusing one over
/// <see cref="CaseFile.MaximumBytes"/> before holding it all; a file that cannot be read is an <see cref="InvalidInputException"/>.
/// </summary>
internal sealed class CaseFileReader(TextReader stdin)
{
    public async Task<string> ReadAsync(string path)
    {
        try
        {
            if (path == "-")
            {
                return await ReadBoundedAsync(stdin, path);
            }

            if (new FileInfo(path) is { Exists: true, Length: > CaseFile.MaximumBytes })
            {
                throw CaseFile.TooLarge(path);
            }

            using var file = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return await ReadBoundedAsync(file, path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InvalidInputException([new InputError(string.Empty, $"找不到案例文件 {path}；请检查路径。", $"There is no case file {path}; check the path.")]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidInputException([new InputError(string.Empty, $"无法读取案例文件 {path}（{e.Message}）。", $"Cannot read the case file {path}: {e.Message}")]);
        }
    }

    /// <summary>The whole text, or <see cref="CaseFile.TooLarge"/> as soon as it is longer than the limit (a character is at least a byte).</summary>
    private static async Task<string> ReadBoundedAsync(TextReader reader, string path)
    {
        var text = new StringBuilder();
        var buffer = new char[81920];
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            text.Append(buffer, 0, read);
            if (text.Length > CaseFile.MaximumBytes)
            {
                throw CaseFile.TooLarge(path);
            }
        }

        return text.ToString();
    }
}
