using System.Globalization;
using System.Text;
using CsCheck;

namespace PolicyRules.Testing.Fuzz;

/// <summary>JSON values of every type with the edges of each, and JSON nested deeper than any reader should follow.</summary>
public static class HostileJson
{
    /// <summary>Numbers past int, decimal and double; literals; empty and small arrays and objects; strings of <see cref="HostileText"/>.</summary>
    public static Gen<string> Scalar { get; } = Gen.OneOf<string>(
        Gen.OneOf<string>("true", "false", "null", "0", "-1", "1.5", "-0", "2147483648", "-2147483649", "1e308", "1e400", "1e-400",
            "79228162514264337593543950336", "-79228162514264337593543950335", "[]", "{}", "[1,\"a\",null]", "{\"a\":{\"b\":[]}}"),
        Gen.Int.Select(i => i.ToString(CultureInfo.InvariantCulture)),
        Gen.Double.Select(d => double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : "1e999"),
        HostileText.Any.Select(String));

    /// <summary>A scalar, or an array or object of up to four of them.</summary>
    public static Gen<string> Value { get; } = Gen.OneOf<string>(
        Scalar,
        Scalar.Array[0, 4].Select(items => $"[{string.Join(",", items)}]"),
        Gen.Select(HostileText.Any, Scalar).Array[0, 4].Select(members => $"{{{string.Join(",", members.Select(m => $"{String(m.Item1)}:{m.Item2}"))}}}"));

    /// <summary>A JSON string of any text: lone surrogates included, as escapes, which JSON allows and every reader must survive.</summary>
    public static string String(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\' || c < ' ' || char.IsSurrogate(c))
            {
                quoted.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                quoted.Append(c);
            }
        }

        return quoted.Append('"').ToString();
    }

    /// <summary>Arrays, then objects, nested <paramref name="depth"/> levels deep.</summary>
    public static IEnumerable<string> Nested(int depth)
    {
        yield return new string('[', depth) + new string(']', depth);
        yield return string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
    }
}
