namespace PolicyRules.Search;

/// <summary>Where the policy documents are (the operator's data: a folder of .txt files) and where their index is kept.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>The folder of plain-text policy documents (UTF-8 .txt files, each one or more gazette documents).</summary>
    public string DocumentsFolder { get; set; } = string.Empty;

    /// <summary>Where the index file is written; it is rebuilt whenever the documents change.</summary>
    public string CacheDirectory { get; set; } = string.Empty;
}
