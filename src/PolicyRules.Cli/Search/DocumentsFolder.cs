using PolicyRules.Localization;

namespace PolicyRules.Cli.Search;

/// <summary>
/// Which folder of policy documents <c>policyrules search</c> reads: <c>--docs</c>, else <c>$POLICYRULES_DOCS</c>, else
/// (in development) <c>../shared/seeds</c> beside the clone the command runs from. The documents are the operator's data;
/// none ships with the tool.
/// </summary>
internal static class DocumentsFolder
{
    public const string Variable = "POLICYRULES_DOCS";

    public static string? Find(string? option)
    {
        if (option is not null)
        {
            return option;
        }

        var configured = Environment.GetEnvironmentVariable(Variable);
        return string.IsNullOrWhiteSpace(configured) ? BesideClone() : configured;
    }

    public static string NotFound(string locale) => Localize(locale,
        $"找不到政策文件目录：请用 --docs 目录 指定，或设置环境变量 {Variable}（在代码仓库中运行时，默认使用仓库旁的 ../shared/seeds）。",
        $"No policy documents folder: give one with --docs FOLDER or the {Variable} environment variable (run from a clone, ../shared/seeds beside it is the default).");

    private static string? BesideClone() =>
        new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() }
            .Select(CloneAbove)
            .OfType<string>()
            .Select(root => Path.GetFullPath(Path.Combine(root, "..", "shared", "seeds")))
            .FirstOrDefault(Directory.Exists);

    private static string? CloneAbove(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PolicyRules.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    private static string Localize(string locale, string zh, string en) => Locales.IsEnglish(locale) ? en : zh;
}
