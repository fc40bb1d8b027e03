namespace HealthGap.Synthetic.Tests.Extracts;

/// <summary>
/// One extract CSV read the way a simple consumer would: header row, then comma-separated rows.
/// Fields are split on commas (synth only quotes practice names); lines with the wrong number of
/// fields are kept apart as malformed.
/// </summary>
internal sealed class ExtractTable
{
    private readonly Dictionary<string, int> _columns;

    public ExtractTable(string path)
    {
        using var reader = new StreamReader(path);
        Header = reader.ReadLine() ?? throw new InvalidDataException($"{path} is empty.");
        var names = Header.Split(',');
        _columns = names.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i, StringComparer.Ordinal);
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var fields = line.Split(',');
            if (fields.Length == names.Length)
            {
                Rows.Add(fields);
            }
            else
            {
                Malformed.Add(line);
            }

            Lines.Add(line);
        }
    }

    public string Header { get; }

    public List<string[]> Rows { get; } = [];

    public List<string> Malformed { get; } = [];

    public List<string> Lines { get; } = [];

    public bool Has(string column) => _columns.ContainsKey(column);

    public int Column(string column) => _columns.TryGetValue(column, out var i) ? i : throw new KeyNotFoundException($"No column {column} in {Header}.");

    public IEnumerable<string> Values(string column)
    {
        var i = Column(column);
        return Rows.Select(r => r[i]);
    }
}
