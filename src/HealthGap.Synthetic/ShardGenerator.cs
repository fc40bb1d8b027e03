using HealthGap.Synthetic.Dirty;
using HealthGap.Synthetic.Events;
using HealthGap.Synthetic.Extracts;
using HealthGap.Synthetic.Fhir;
using HealthGap.Synthetic.Population;
using HealthGap.Synthetic.Truth;

namespace HealthGap.Synthetic;

/// <summary>
/// Generates every person of one LSOA, one after another, from the shard's own random streams:
/// their life course, then each concern's events in a fixed order. Returns the rows, truth tally
/// and FHIR sample; nothing is shared with other shards while it runs.
/// </summary>
internal sealed class ShardGenerator(SynthContext context)
{
    public ShardResult Run(LsoaPlan plan)
    {
        var options = context.Options;
        var random = new SeededRandom(options.Seed, plan.ShardIndex);
        var dirt = new DirtInjector(options.Dirty, new SeededRandom(options.Seed, plan.ShardIndex, 1), context.NhsNumbers.Unregistered);
        var output = new ShardOutput(dirt);
        var rows = new ExtractRows(output);
        var tally = new TruthTally();
        var shard = new ShardState(context, random, rows, tally, new SeededRandom(options.Seed, plan.ShardIndex, 3));
        var life = new LifeCourse(context);
        var admissions = new EmergencyAdmissions();
        var fhir = context.FhirStride > 0 ? new FhirSample() : null;
        for (var slot = 0; slot < plan.People; slot++)
        {
            var person = life.Create(plan, slot, random);
            var capture = fhir is not null && person.Index % context.FhirStride == 0;
            rows.StartPerson(person, capture);
            rows.Registrations();
            var c = new Clinical(person, context.From, context.To);
            PlusStory.Decide(shard, c);
            ConditionStory.Decide(shard, c);
            EmergencyCareStory.Decide(shard, c);
            PlusStory.Record(shard, c);
            ConditionStory.RecordSmoking(shard, c);
            ObservationStory.Record(shard, c);
            VaccinationStory.Record(shard, c);
            ChecksStory.Record(shard, c);
            RelieverInhalerStory.Record(shard, c);
            PrimaryCareUseStory.Record(shard, c);
            EmergencyCareStory.Record(shard, c, admissions);
            ElectiveCareStory.Record(shard, c);
            CancerStory.Record(shard, c, admissions);
            PlannedCareStory.Record(shard, c);
            EndOfLifeStory.Record(shard, c);
            CommunityStory.Record(shard, c);
            OtherPlusFlagsStory.Record(shard, c);
            if (capture)
            {
                fhir!.Add(person, rows.GpRows, rows.AppointmentRows);
            }
        }

        return new ShardResult(plan.People, output, tally, fhir);
    }
}

/// <summary>What one shard produced.</summary>
internal sealed record ShardResult(int People, ShardOutput Output, TruthTally Tally, FhirSample? Fhir);
