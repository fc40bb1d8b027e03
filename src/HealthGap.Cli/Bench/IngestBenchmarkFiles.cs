using System.Globalization;
using HealthGap.Core.Privacy;

namespace HealthGap.Cli.Bench;

/// <summary>The ingest benchmark's own valid extracts: registrations, GP events and FHIR Observations.</summary>
internal static class IngestBenchmarkFiles
{
    /// <summary>Writes the CSV and FHIR folders; returns how many people they hold.</summary>
    public static int Generate(string csvDir, string fhirDir, long people, long events, long resources)
    {
        Directory.CreateDirectory(csvDir);
        Directory.CreateDirectory(fhirDir);
        var nhs = new string[people];
        long candidate = 999_000_000;
        for (var i = 0; i < people; i++)
        {
            string number;
            do
            {
                number = (candidate++).ToString(CultureInfo.InvariantCulture);
                number += CheckDigit(number);
            }
            while (!NhsNumber.PassesModulus11(number));
            nhs[i] = number;
        }

        File.WriteAllText(Path.Combine(csvDir, "gp_practices.csv"), "practice_code,practice_name,pcn_code,pcn_name,lad22cd\nY90001,Bench Surgery,U90001,Bench PCN,E06000009\n");
        using (var regs = new StreamWriter(Path.Combine(csvDir, "gp_registrations.csv")))
        {
            regs.Write("record_id,nhs_number,date_of_birth,sex,ethnic_category,lsoa11cd,practice_code,registration_start,registration_end\n");
            for (var i = 0; i < people; i++)
            {
                regs.Write(string.Create(CultureInfo.InvariantCulture, $"R{i},{nhs[i]},19{20 + (i % 80):00}-0{1 + (i % 9)}-1{i % 10},{(i % 2 == 0 ? 'F' : 'M')},A,E01012673,Y90001,2015-06-01,\n"));
            }
        }

        string[] codes = ["72313002", "60621009", "10007009", "1086471000000103", "271649006", "38341003"];
        using (var writer = new StreamWriter(Path.Combine(csvDir, "gp_events.csv"), false, System.Text.Encoding.UTF8, 1 << 20))
        {
            writer.Write("record_id,nhs_number,event_date,snomed_code,value,practice_code\n");
            for (long e = 0; e < events; e++)
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"E{e},{nhs[e % people]},2023-0{1 + (e % 9)}-1{e % 10},{codes[e % codes.Length]},{(e % 3 == 0 ? "138" : "")},Y90001\n"));
            }
        }

        File.Copy(Path.Combine(csvDir, "gp_registrations.csv"), Path.Combine(fhirDir, "gp_registrations.csv"), overwrite: true);
        using (var ndjson = new StreamWriter(Path.Combine(fhirDir, "Observation.ndjson")))
        {
            for (long r = 0; r < resources; r++)
            {
                ndjson.Write(string.Create(CultureInfo.InvariantCulture,
                    $"{{\"resourceType\":\"Observation\",\"id\":\"O{r}\",\"status\":\"final\",\"code\":{{\"coding\":[{{\"system\":\"http://snomed.info/sct\",\"code\":\"72313002\"}}]}},\"subject\":{{\"identifier\":{{\"system\":\"https://fhir.nhs.uk/Id/nhs-number\",\"value\":\"{nhs[r % people]}\"}}}},\"effectiveDateTime\":\"2023-05-02\",\"valueQuantity\":{{\"value\":138}}}}\n"));
            }
        }

        return nhs.Length;
    }

    private static char CheckDigit(string nine)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (nine[i] - '0') * (10 - i);
        }

        var check = 11 - (sum % 11);
        return check == 11 ? '0' : check == 10 ? 'X' : (char)('0' + check);
    }
}
