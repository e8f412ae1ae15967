using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Rules.SchoolEnrolment.Facts;

/// <summary>
/// The conditions 门政办发〔2017〕26号 三(一)4 attaches to the documents under which a child is treated as having
/// Beijing hukou: each asked of a family holding that document, so a label never hides a condition.
/// </summary>
public sealed class TreatedAsBeijingProof
{
    /// <summary>《博士后研究人员子女介绍信》“及其父（或母）的《进站函》”。</summary>
    [Variable("family.postdocStationLetter")]
    public Input<bool> PostdocStationLetter { get; set; }

    /// <summary>随军家属证明由“部队师（旅）级政治部开具”。</summary>
    [Variable("family.militaryCertificateFromDivision")]
    public Input<bool> MilitaryCertificateFromDivision { get; set; }

    /// <summary>随军家属证明“及现役军人证件”。</summary>
    [Variable("family.servingSoldierId")]
    public Input<bool> ServingSoldierId { get; set; }

    /// <summary>《子女关系证明信》“及其父（或母）本市户口簿”。</summary>
    [Variable("family.parentBeijingHukouBooklet")]
    public Input<bool> ParentBeijingHukouBooklet { get; set; }

    /// <summary>“政府人事部门签发有效的《北京市工作居住证》”。</summary>
    [Variable("family.workResidencePermitValid")]
    public Input<bool> WorkResidencePermitValid { get; set; }
}
