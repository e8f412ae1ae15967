using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.ElderlyCareStations;

/// <summary>The figures of 门政办发〔2017〕2号 that rules read, each bound to its file under parameters/.</summary>
public sealed class ElderlyCareStationsParameters
{
    [Parameter("type_a_main_area_min")]
    public decimal TypeAMainAreaMin { get; init; }

    [Parameter("type_a_point_area_min")]
    public decimal TypeAPointAreaMin { get; init; }

    [Parameter("type_a_total_area_max")]
    public decimal TypeATotalAreaMax { get; init; }

    [Parameter("type_a_beds_min")]
    public int TypeABedsMin { get; init; }

    [Parameter("type_b_main_area_min")]
    public decimal TypeBMainAreaMin { get; init; }

    [Parameter("type_b_main_area_max")]
    public decimal TypeBMainAreaMax { get; init; }

    [Parameter("type_b_point_area_min")]
    public decimal TypeBPointAreaMin { get; init; }

    [Parameter("type_b_beds_min")]
    public int TypeBBedsMin { get; init; }

    [Parameter("type_b_beds_max")]
    public int TypeBBedsMax { get; init; }

    [Parameter("type_c_main_area_min")]
    public decimal TypeCMainAreaMin { get; init; }

    [Parameter("type_c_main_area_max")]
    public decimal TypeCMainAreaMax { get; init; }

    [Parameter("type_c_point_area_min")]
    public decimal TypeCPointAreaMin { get; init; }

    [Parameter("type_c_beds_max")]
    public int TypeCBedsMax { get; init; }

    [Parameter("fire_resistance_grade_max")]
    public int FireResistanceGradeMax { get; init; }
}
