namespace PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

/// <summary>The terms of 四(六) and 六: the operating agreement, the risk deposit and insurance, the exit rules.</summary>
public static class OperatorTerms
{
    public const string Agreement = "agreement";
    public const string DepositAndInsurance = "deposit-and-insurance";
    public const string Exit = "exit";
}
