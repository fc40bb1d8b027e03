namespace HealthGap.Core.Indicators.Engine;

/// <summary>
/// Every literal value of a compiled indicator goes through here and reaches SQL as a named
/// parameter (<c>$p1</c>…), never as pasted text. Equal values share one parameter.
/// </summary>
internal sealed class SqlParameters
{
    private readonly List<KeyValuePair<string, object>> _values = [];

    /// <summary>The parameters, name (without <c>$</c>) and value, in order of first use.</summary>
    public IReadOnlyList<KeyValuePair<string, object>> Values => _values;

    /// <summary>Adds a value (or finds an equal one) and returns its placeholder, e.g. <c>$p3</c>.</summary>
    public string Add(object value)
    {
        var existing = _values.FindIndex(v => v.Value.Equals(value) && v.Value.GetType() == value.GetType());
        if (existing >= 0)
        {
            return "$" + _values[existing].Key;
        }

        var name = "p" + (_values.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _values.Add(new(name, value));
        return "$" + name;
    }

    /// <summary>A date parameter, cast so DuckDB compares it as a DATE.</summary>
    public string Date(DateOnly date) => $"CAST({Add(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))} AS DATE)";

    /// <summary>A list of text values as <c>($p1, $p2)</c>.</summary>
    public string List(IEnumerable<string> values) => "(" + string.Join(", ", values.Select(Add)) + ")";
}
