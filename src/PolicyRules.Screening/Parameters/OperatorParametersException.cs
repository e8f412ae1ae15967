namespace PolicyRules.Screening.Parameters;

/// <summary>The operator's parameter file cannot be used: the message names the file and what is wrong in it.</summary>
public sealed class OperatorParametersException(string message, Exception? inner = null) : Exception(message, inner);
