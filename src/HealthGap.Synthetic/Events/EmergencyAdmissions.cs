namespace HealthGap.Synthetic.Events;

/// <summary>
/// Emergency admissions (spells): the primary diagnosis (ICD-10, no dot) follows the person's
/// conditions — COPD and asthma exacerbations, diabetes, epilepsy, myocardial infarction and stroke
/// (more in deprived areas and with hypertension) — or the common emergency mix; length of stay
/// grows with age.
/// </summary>
internal sealed class EmergencyAdmissions
{
    private static readonly double[] CardiovascularQuintile = [1.5, 1.25, 1.0, 0.9, 0.8];
    private static readonly (string Code, string Function)[] Common =
    [
        ("R074", "300"), ("J189", "300"), ("N390", "300"), ("R104", "100"), ("R55", "300"), ("K359", "100"), ("L031", "300"), ("A099", "300"),
    ];

    private readonly double[] _weights = new double[Common.Length + 9];

    public void Admit(ShardState shard, Clinical c, DateOnly date, string method, string? diagnosis)
    {
        var r = shard.Random;
        var age = c.Person.AgeOn(date);
        string function;
        if (diagnosis is null)
        {
            (diagnosis, function) = Choose(shard, c, age);
        }
        else
        {
            function = age < 16 ? "420" : "370";
        }

        if (age < 16 && function is "300" or "100")
        {
            function = "420";
        }

        var stay = age < 16 ? r.Poisson(1) : (int)Math.Round(r.Erlang(2, 1 + (age / 12.0)));
        shard.Rows.Admission(date, date.AddDays(stay), method, diagnosis, null, function);
    }

    private (string Diagnosis, string Function) Choose(ShardState shard, Clinical c, int age)
    {
        var r = shard.Random;
        var cvd = age >= 40 ? CardiovascularQuintile[c.Person.Quintile - 1] * (c.TrueHypertension ? 1.6 : 1.0) * (age >= 65 ? 2 : 1) : 0;
        var w = _weights;
        for (var i = 0; i < Common.Length; i++)
        {
            w[i] = Common[i].Code switch
            {
                "J189" => age >= 65 ? 2.0 : 0.8,
                "K359" => age < 40 ? 0.6 : 0.1,
                "R074" => age >= 30 ? 1.5 : 0.3,
                _ => 1.0,
            };
        }

        var n = Common.Length;
        w[n] = c.Copd ? 3.0 : 0;
        w[n + 1] = c.Asthma ? (age < 18 ? 3.0 : 1.0) : 0;
        w[n + 2] = c.Diabetes ? 0.7 : 0;
        w[n + 3] = c.Epilepsy ? 2.0 : 0;
        w[n + 4] = 0.12 * cvd;
        w[n + 5] = 0.15 * cvd;
        w[n + 6] = age >= 65 ? 0.6 : 0;
        w[n + 7] = age >= 75 ? 0.5 : 0;
        w[n + 8] = age < 16 ? 2.0 : 0;
        var pick = r.Pick(w);
        return (pick - n) switch
        {
            < 0 => Common[pick],
            0 => (r.Chance(0.5) ? "J441" : "J440", "340"),
            1 => (r.Chance(0.7) ? "J459" : "J46", age < 16 ? "420" : "340"),
            2 => (age < 30 ? "E101" : "E119", "307"),
            3 => ("G409", "400"),
            4 => (r.Chance(0.85) ? "I219" : "I221", "320"),
            5 => (r.Chance(0.8) ? "I639" : "I64", "328"),
            6 => ("I500", "300"),
            7 => ("S720", "110"),
            _ => (r.Chance(0.5) ? "J069" : "R509", "420"),
        };
    }
}
