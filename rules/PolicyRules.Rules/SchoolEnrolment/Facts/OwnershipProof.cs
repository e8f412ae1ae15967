namespace PolicyRules.Rules.SchoolEnrolment.Facts;

/// <summary>门政办发〔2017〕27号 四(二)1.</summary>
public enum OwnershipProof
{
    /// <summary>《房屋所有权证》或《不动产权证书》</summary>
    TitleCertificate,

    /// <summary>尚未取得产权证：商品房买卖合同及购房发票</summary>
    PurchaseContractAndInvoice,

    /// <summary>都没有</summary>
    None,
}
