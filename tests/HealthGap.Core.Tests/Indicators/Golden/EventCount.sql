WITH hg_values AS (
  SELECT person_id, max(val) FILTER (WHERE j = 0) AS j1 FROM (
    SELECT person_id, 0 AS j, CAST(events AS BIGINT) AS val FROM (SELECT e.person_id, count(*) AS events FROM event e WHERE e.event_date BETWEEN CAST($p2 AS DATE) AND CAST($p1 AS DATE) AND e.source IN ($p3) AND e.kind IN ($p4) AND e.detail IN ($p5, $p6) AND (e.code_system = $p8 AND (substr(e.code, 1, 3) IN (SELECT code FROM hg_codelist WHERE list = $p7 AND length(code) = 3) OR substr(e.code, 1, 4) IN (SELECT code FROM hg_codelist WHERE list = $p7 AND length(code) = 4) OR substr(e.code, 1, 5) IN (SELECT code FROM hg_codelist WHERE list = $p7 AND length(code) = 5))) GROUP BY e.person_id)
  ) GROUP BY person_id
),
person_values AS (
  SELECT
    p.icb22cdh,
    p.practice_code,
    p.imd_quintile,
    p.sex,
    least((date_diff('month', p.birth_month, CAST($p1 AS DATE)) // 12) // 5, 18) AS age_band,
    coalesce((p.registration_start <= CAST($p1 AS DATE) AND (p.registration_end IS NULL OR p.registration_end >= CAST($p1 AS DATE)) AND (p.date_of_death IS NULL OR p.date_of_death > CAST($p1 AS DATE))), false) AS in_0,
    coalesce(hg_values.j1, 0) AS n_0,
    1 AS d_0
  FROM person p
  LEFT JOIN hg_values ON hg_values.person_id = p.person_id
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
-- parameters: p1=2025-03-31, p2=2024-04-01, p3=apc, p4=emergency_admission, p5=21, p6=2A, p7=icd10_mi, p8=icd10
