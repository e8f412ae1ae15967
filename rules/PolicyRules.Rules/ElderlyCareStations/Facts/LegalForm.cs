namespace PolicyRules.Rules.ElderlyCareStations.Facts;

/// <summary>How the operator is registered (四(四)).</summary>
public enum LegalForm
{
    /// <summary>企业法人, registered with the 工商 authority.</summary>
    Enterprise,

    /// <summary>民办非企业单位, registered with the 区民政局.</summary>
    PrivateNonEnterprise,

    /// <summary>个体工商户: no legal person; may join an alliance as an affiliated point (四(六)3).</summary>
    IndividualBusiness,

    /// <summary>Not registered, or with no legal-person status.</summary>
    Unregistered,
}
