using PolicyRules.Screening;

namespace PolicyRules.Cli.Catalogue;

/// <summary><c>policyrules catalogue [--out FILE]</c>: the catalogue in Markdown, to FILE (docs/catalogue.md in the repository) or to standard output.</summary>
internal sealed class CatalogueCommand(TextWriter stdout, Func<ScreeningServices> screening)
{
    public async Task<int> RunAsync(string? file)
    {
        var markdown = CatalogueMarkdown.Write(screening().Catalog.Describe());
        if (file is null)
        {
            await stdout.WriteAsync(markdown);
            return 0;
        }

        await File.WriteAllTextAsync(file, markdown);
        return 0;
    }
}
