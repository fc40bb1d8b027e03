"""Writes the clearly-labelled SAMPLE result files HealthGap.Web ships for tests and for `healthgap
demo` before real `healthgap report` output exists. Invented figures in the report's exact format
(indicators.csv, inequalities.csv, catalogue.json, policy.json, metadata.json); the SAMPLE file marks them.
Deterministic: re-running writes the same files. Usage: python3 make_sample_results.py"""
import csv, json, math, random

random.seed(20261128)
ICB = ("QWU", "NHS Coventry and Warwickshire Integrated Care Board")
PLACES = [("E08000026", "Coventry", 0.30), ("E07000218", "North Warwickshire", 0.15), ("E07000219", "Nuneaton and Bedworth", 0.22),
          ("E07000220", "Rugby", 0.10), ("E07000221", "Stratford-on-Avon", 0.04), ("E07000222", "Warwick", 0.06)]
PCNS = [("U%05d" % (10000 + i * 137), n) for i, n in enumerate(
    ["Coventry North PCN", "Coventry South PCN", "Coventry East PCN", "Nuneaton PCN", "Bedworth PCN", "Rugby PCN", "Stratford PCN", "Warwick and Kenilworth PCN"])]
PERIODS = [("2022-04-01", "2023-03-31"), ("2023-04-01", "2024-03-31"), ("2024-04-01", "2025-03-31")]
INDICATORS = [
    dict(id="cancer_early_stage", title="Cancers diagnosed at stage 1 or 2", measure="proportion", multiplier=100, polarity="higher_is_better",
         base=0.56, slope=0.10, denom=2400, target=0.75, trend=0.01, statistic="proportion", method="Wilson",
         description="Of all new cancers diagnosed, the share found at an early stage (stage 1 or 2), when treatment works best.",
         rationale="Core20PLUS5 clinical area: 75% of cancers diagnosed early by 2028. Later diagnosis is more common in deprived areas.",
         source="Cancer registrations (cancer extract), staged tumours only."),
    dict(id="hypertension_treated_to_target", title="High blood pressure treated to target", measure="proportion", multiplier=100, polarity="higher_is_better",
         base=0.66, slope=0.12, denom=9000, target=0.80, trend=0.015, statistic="proportion", method="Wilson",
         description="Of people with diagnosed high blood pressure, the share whose last reading was at or below the target level.",
         rationale="Core20PLUS5 clinical area: optimal management of hypertension prevents heart attacks and strokes.",
         source="GP records (coded blood pressure readings and hypertension register)."),
    dict(id="emergency_admissions_dsr", title="Emergency hospital admissions", measure="dsr", multiplier=100000, polarity="lower_is_better",
         base=0.095, slope=-0.45, denom=60000, target=None, trend=-0.002, statistic="directly standardised rate", method="Dobson",
         description="Unplanned hospital admissions per 100,000 people, adjusted for age so areas with older populations compare fairly.",
         rationale="NHS health-inequalities statement indicator: emergency admissions are higher in deprived areas and often avoidable.",
         source="Admitted patient care (emergency admission method codes)."),
    dict(id="cancer_emergency_presentation", title="Cancers diagnosed through an emergency presentation", measure="proportion", multiplier=100, polarity="lower_is_better",
         base=0.19, slope=-0.35, denom=2400, target=None, trend=-0.003, statistic="proportion", method="Wilson",
         description="Of the new cancers diagnosed in the year with a known route to diagnosis, the percentage found through an emergency presentation.",
         rationale="Cancers found in an emergency are usually later-stage and have worse survival; the share is higher in the most deprived communities.",
         source="NDRS Routes to Diagnosis emergency presentation metric."),
    dict(id="smi_physical_health_check", title="Physical health checks for people with severe mental illness", measure="proportion", multiplier=100, polarity="higher_is_better",
         base=0.55, slope=0.15, denom=2500, target=0.60, trend=0.02, statistic="proportion", method="Wilson",
         description="Of people with severe mental illness, the share who had all six recommended physical health checks in the year.",
         rationale="Core20PLUS5 clinical area: people with severe mental illness die 15-20 years earlier, mostly from preventable physical illness.",
         source="GP records (SMI register and the six health-check codes)."),
]
ETHNIC = [("White", 0.76, 0.0), ("Asian", 0.13, -0.04), ("Black", 0.05, -0.06), ("Mixed", 0.03, -0.02), ("Other", 0.02, -0.03), ("Not stated", 0.01, 0.0)]
SEX = [("F", 0.51, 0.01), ("M", 0.49, -0.01)]
AGE = [("0-17", 0.05, 0.0), ("18-39", 0.15, -0.03), ("40-64", 0.35, 0.0), ("65-79", 0.30, 0.02), ("80+", 0.15, -0.02)]
PLUS = [("learning_disability", 0.06, -0.10), ("smi", 0.05, -0.08), ("homeless", 0.006, -0.15), ("carer", 0.09, -0.01), ("interpreter_needed", 0.05, -0.07)]

def wilson(n, d):
    if d == 0: return (None, None, None)
    z = 1.959964; p = n / d
    c = (2 * n + z * z) / (2 * (d + z * z)); h = z * math.sqrt(z * z + 4 * n * (1 - p)) / (2 * (d + z * z))
    return p, c - h, c + h

def value_row(ind, p, area, breakdown, group, share, offset, scale=1.0):
    d = max(1, round(ind["denom"] * share * scale))
    base = ind["base"] + ind["trend"] * PERIODS.index(p) if ind["measure"] != "dsr" else ind["base"] * (1 + ind["trend"] * PERIODS.index(p) * 10)
    rate = min(0.98, max(0.005, base * (1 + offset) + random.gauss(0, 0.004)))
    n = round(d * rate)
    row = dict(indicator_id=ind["id"], period_start=p[0], period_end=p[1], area_type=area[0], area_code=area[1], area_name=area[2],
               breakdown=breakdown, group=group, numerator=n, denominator=d, statistic=ind["statistic"], method=ind["method"], suppressed="false")
    if ind["measure"] == "dsr":
        v = n / d; se = math.sqrt(n) / d
        row.update(value=v * ind["multiplier"], lowercl=max(0, v - 1.96 * se) * ind["multiplier"], uppercl=(v + 1.96 * se) * ind["multiplier"])
    else:
        v, lo, hi = wilson(n, d)
        row.update(value=v * 100, lowercl=lo * 100, uppercl=hi * 100)
    if n < 10 or (d - n) < 10 and ind["measure"] != "dsr":
        row.update(numerator="", denominator="", value="", lowercl="", uppercl="", suppressed="true")
    else:
        row["numerator"] = 5 * round(n / 5); row["denominator"] = 5 * round(d / 5)
        for k in ("value", "lowercl", "uppercl"): row[k] = "%.2f" % row[k]
    return row

rows, ineq = [], []
for ind in INDICATORS:
    for p in PERIODS:
        areas = [("icb", ICB[0], ICB[1], 1.0, 0.0)] + [("place", c, n, w * 1.0 + 0.08, 0.0) for c, n, w in PLACES] + [("pcn", c, n, 0.12, 0.0) for c, n in PCNS]
        for at, code, name, scale, _ in areas:
            area = (at, code, name)
            core20 = dict(PLACES_SHARE=None)
            pshare = next((w for c, _, w in PLACES if c == code), 0.18)
            place_offset = (pshare - 0.15) * ind["slope"] * 2.5 + random.gauss(0, 0.03)
            rows.append(value_row(ind, p, area, "all", "all", 1.0, place_offset, scale))
            if at == "pcn":
                continue
            dec_vals = []
            for dec in range(1, 11):
                off = place_offset + ind["slope"] * (dec - 5.5) / 9
                r = value_row(ind, p, area, "imd_decile", str(dec), 0.1, off, scale if at == "icb" else scale * 0.5)
                rows.append(r) if at == "icb" else None
                dec_vals.append(r)
            quint_vals = []
            for q in range(1, 6):
                off = place_offset + ind["slope"] * (q - 3) / 4
                quint_vals.append(value_row(ind, p, area, "imd_quintile", str(q), 0.2, off, scale))
            rows.extend(quint_vals)
            rows.append(value_row(ind, p, area, "core20", "core20", pshare if at == "place" else 0.19, place_offset - abs(ind["slope"]) * 0.35 * (1 if ind["polarity"] == "higher_is_better" else -1), scale))
            rows.append(value_row(ind, p, area, "core20", "not_core20", 1 - (pshare if at == "place" else 0.19), place_offset + abs(ind["slope"]) * 0.08 * (1 if ind["polarity"] == "higher_is_better" else -1), scale))
            for g, s, o in ETHNIC:
                rows.append(value_row(ind, p, area, "ethnic_group", g, s, place_offset + o * (1 if ind["polarity"] == "higher_is_better" else -1), scale))
            for g, s, o in SEX:
                rows.append(value_row(ind, p, area, "sex", g, s, place_offset + o, scale))
            if at == "icb":
                for g, s, o in AGE:
                    rows.append(value_row(ind, p, area, "age_band", g, s, o, scale))
                for flag, s, o in PLUS:
                    rows.append(value_row(ind, p, area, flag, "yes", s, o * (1 if ind["polarity"] == "higher_is_better" else -1), scale))
                    rows.append(value_row(ind, p, area, flag, "no", 1 - s, 0, scale))
            # Inequality summary from the (unsuppressed) gradient, as the report would publish it.
            gradient = dec_vals if at == "icb" else quint_vals
            vals = [(float(r["value"]) if r["value"] != "" else None) for r in gradient]
            known = [(i + 1, v) for i, v in enumerate(vals) if v is not None]
            if len(known) < 3:
                continue
            xs = [(i - 0.5) / len(gradient) for i, _ in known]; ys = [v for _, v in known]
            mx = sum(xs) / len(xs); my = sum(ys) / len(ys)
            b = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
            sii = b; se = abs(sii) * 0.12 + 0.2
            # RII as PHEindicatormethods defines it: the fitted value at the least deprived end (rank 1) over
            # that at the most deprived end (rank 0), so 1 means no gap; limits pivot on the mid-point as its do.
            a = my - b * mx; mid = a + b / 2
            rii = (a + b) / a
            rii_lo, rii_hi = sorted(((mid + s / 2) / (mid - s / 2) for s in (sii - 1.96 * se, sii + 1.96 * se)))
            q1, q5 = (float(quint_vals[i]["value"]) if quint_vals[i]["value"] != "" else None for i in (0, 4))
            gap = lambda f: "" if q1 is None or q5 is None else f(q1, q5)
            c20 = [r for r in rows[-40:] if r["area_code"] == code and r["breakdown"] == "core20" and r["indicator_id"] == ind["id"] and r["period_start"] == p[0]]
            cv = {r["group"]: float(r["value"]) for r in c20 if r["value"] != ""}
            ratio = cv["core20"] / cv["not_core20"] if "core20" in cv and "not_core20" in cv else None
            ineq.append(dict(indicator_id=ind["id"], period=p[0] + "/" + p[1], area_type=at, area_code=code,
                             sii="%.3f" % sii, sii_lowercl="%.3f" % (sii - 1.96 * se), sii_uppercl="%.3f" % (sii + 1.96 * se),
                             rii="%.4f" % rii, rii_lowercl="%.4f" % rii_lo, rii_uppercl="%.4f" % rii_hi,
                             # As the report: most minus least deprived quintile, and most over least.
                             gap_absolute=gap(lambda m, l: "%.3f" % (m - l)), gap_relative=gap(lambda m, l: "%.4f" % (m / l)),
                             core20_ratio="" if ratio is None else "%.4f" % ratio,
                             core20_ratio_lowercl="" if ratio is None else "%.4f" % (ratio * 0.94),
                             core20_ratio_uppercl="" if ratio is None else "%.4f" % (ratio * 1.06)))

cols = ["indicator_id", "period_start", "period_end", "area_type", "area_code", "area_name", "breakdown", "group", "numerator", "denominator", "value", "lowercl", "uppercl", "statistic", "method", "suppressed"]
with open("indicators.csv", "w", newline="") as f:
    w = csv.DictWriter(f, cols, lineterminator="\n"); w.writeheader(); w.writerows(rows)
icols = ["indicator_id", "period", "area_type", "area_code", "sii", "sii_lowercl", "sii_uppercl", "rii", "rii_lowercl", "rii_uppercl", "gap_absolute", "gap_relative", "core20_ratio", "core20_ratio_lowercl", "core20_ratio_uppercl"]
with open("inequalities.csv", "w", newline="") as f:
    w = csv.DictWriter(f, icols, lineterminator="\n"); w.writeheader(); w.writerows(ineq)
cat = [dict(id=i["id"], title=i["title"], description=i["description"], rationale=i["rationale"], source=i["source"], measure=i["measure"],
            multiplier=i["multiplier"], polarity=i["polarity"], target=None if i["target"] is None else i["target"] * 100) for i in INDICATORS]
json.dump(cat, open("catalogue.json", "w"), indent=2)
json.dump(dict(name="healthgap-standard", version="sample", description="SAMPLE figures: counts under 10 suppressed, counts rounded to 5."), open("policy.json", "w"), indent=2)
json.dump(dict(data_source="sample", synthetic=False, about="Invented SAMPLE figures (see the SAMPLE file); not computed from any data."), open("metadata.json", "w"), indent=2)
open("SAMPLE", "w").write("These result files are invented SAMPLE figures for tests and demonstrations. They are not from any data.\n")
print(len(rows), len(ineq))
