namespace PolicyRules.Rules.ElevatorRetrofit.Facts.Derived;

/// <summary>The plans and contracts the consenting owners sign with the implementer are on the checklist (三(三)).</summary>
public sealed record ContractsListed(string Program);
