namespace PolicyRules.Search;

/// <summary>The documents folder is not there or holds no .txt file; the message says which folder and how to set another.</summary>
public sealed class DocumentsFolderException(string message) : Exception(message);
