WITH hg_spell AS (
  SELECT person_id, birth_month, at_from, at_to FROM (
    SELECT r.person_id, p.birth_month,
      greatest(r.valid_from, p.birth_month, CAST($p2 AS DATE), max(coalesce(r.valid_to, DATE '9999-12-31')) OVER (PARTITION BY r.person_id ORDER BY r.valid_from, r.valid_to ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) + 1) AS at_from,
      least(coalesce(r.valid_to, CAST($p3 AS DATE)), p.date_of_death, CAST($p3 AS DATE)) AS at_to
    FROM person_residence r JOIN person p ON p.person_id = r.person_id
    WHERE r.valid_from IS NOT NULL AND p.birth_month IS NOT NULL)
  WHERE at_from <= at_to
),
hg_exposure AS (
  SELECT person_id, age AS age, sum(date_diff('day', greatest(at_from, CAST(birth_month + to_months(12 * age) AS DATE)), least(at_to, CAST(birth_month + to_months(12 * age + 12) AS DATE) - 1)) + 1) AS days
  FROM (SELECT *, unnest(range((date_diff('month', birth_month, at_from) // 12), (date_diff('month', birth_month, at_to) // 12) + 1)) AS age FROM hg_spell)
  GROUP BY 1, 2
),
hg_values_by_age AS (
  SELECT person_id, age, max(val) FILTER (WHERE j = 0) AS j1 FROM (
    SELECT person_id, age, 0 AS j, CAST(events AS BIGINT) AS val FROM (SELECT s.person_id, (date_diff('month', s.birth_month, e.event_date) // 12) AS age, count(*) AS events FROM hg_spell s JOIN event e ON e.person_id = s.person_id AND e.event_date BETWEEN s.at_from AND s.at_to WHERE e.event_date BETWEEN CAST($p2 AS DATE) AND CAST($p3 AS DATE) AND e.source IN ($p4) AND e.kind IN ($p5) AND e.detail IN ($p6, $p7) AND (e.code_system = $p9 AND (substr(e.code, 1, 3) IN (SELECT code FROM hg_codelist WHERE list = $p8 AND length(code) = 3) OR substr(e.code, 1, 4) IN (SELECT code FROM hg_codelist WHERE list = $p8 AND length(code) = 4) OR substr(e.code, 1, 5) IN (SELECT code FROM hg_codelist WHERE list = $p8 AND length(code) = 5))) GROUP BY 1, 2)
  ) GROUP BY person_id, age
),
person_values AS (
  SELECT
    p.icb22cdh,
    p.practice_code,
    p.imd_quintile,
    p.sex,
    least(x.age // 5, 18) AS age_band,
    coalesce((x.age <= $p1), false) AS in_0,
    coalesce(hg_values_by_age.j1, 0) AS n_0,
    x.days AS d_0
  FROM hg_exposure x JOIN person p ON p.person_id = x.person_id
  LEFT JOIN hg_values_by_age ON hg_values_by_age.person_id = x.person_id AND hg_values_by_age.age = x.age
),
profiles AS (
  SELECT icb22cdh, practice_code, imd_quintile, sex, age_band,
    CAST(sum(CASE WHEN in_0 THEN n_0 ELSE 0 END) AS BIGINT) AS n_0,
    CAST(sum(CASE WHEN in_0 THEN d_0 ELSE 0 END) AS BIGINT) AS d_0
  FROM person_values WHERE in_0
  GROUP BY icb22cdh, practice_code, imd_quintile, sex, age_band
)
SELECT coalesce(p.icb22cdh, 'Unknown') AS area_icb,
  coalesce(p.practice_code, 'Unknown') AS area_practice,
  'All' AS bd_all,
  coalesce(CAST(p.imd_quintile AS VARCHAR), 'Unknown') AS bd_imd_quintile,
  p.age_band,
  coalesce(p.sex, 'U') AS sex,
  n_0, d_0
FROM profiles p
-- parameters: p1=17, p2=2024-04-01, p3=2025-03-31, p4=apc, p5=emergency_admission, p6=21, p7=2A, p8=icd10_mi, p9=icd10
