namespace PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

/// <summary>
/// 门政办发〔2017〕27号 四(二)2：房屋租赁合同期限半年以上、在规定日期前签订，住所适宜居住并能保障儿童安全。
/// </summary>
public sealed record LeaseQualifies(Residence Residence);
