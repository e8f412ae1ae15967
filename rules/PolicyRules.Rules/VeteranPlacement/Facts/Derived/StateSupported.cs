namespace PolicyRules.Rules.VeteranPlacement.Facts.Derived;

/// <summary>由国家供养：被评定为1级至4级残疾等级（issue 15 对第二十九条的表述）.</summary>
public sealed record StateSupported;
