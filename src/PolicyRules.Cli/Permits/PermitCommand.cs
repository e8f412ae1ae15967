using PolicyRules.Localization;
using PolicyRules.Screening.Permits;

namespace PolicyRules.Cli.Permits;

/// <summary><c>policyrules permit QUERY</c>: the items of 门政发〔2017〕19号 the query names, and whether each is still required.</summary>
internal sealed class PermitCommand(TextWriter stdout)
{
    public int Run(string? query, string? language)
    {
        var locale = language ?? Locales.Chinese;
        if (string.IsNullOrWhiteSpace(query))
        {
            throw new UsageException("permit needs the name of a permit or a question, e.g. policyrules permit 物业服务企业资质审批.");
        }

        var register = PermitRegister.Default;
        var found = register.Find(query, locale);
        if (found.Count == 0)
        {
            stdout.WriteLine(Locales.IsEnglish(locale)
                ? $"None of the {register.Count} items {register.Document} cancelled, made internal or merged matches “{query}”."
                : $"{register.Document}取消调整的{register.Count}项行政职权中，没有与“{query}”相符的事项。");
            return 0;
        }

        stdout.WriteLine(string.Join($"{Environment.NewLine}{Environment.NewLine}", found.Select(p => PermitText.Format(p, locale))));
        return 0;
    }
}
