namespace PolicyRules.Screening.Variables;

public enum VariableKind
{
    Bool,
    Date,
    Int,
    Decimal,
    Choice,
    Text,
}
