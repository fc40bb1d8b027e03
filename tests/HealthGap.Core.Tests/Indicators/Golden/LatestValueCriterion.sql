WITH hg_values AS (
  SELECT person_id, max(val) FILTER (WHERE j = 0) AS j1 FROM (
    SELECT person_id, 0 AS j, CAST(1 AS BIGINT) AS val FROM (SELECT DISTINCT person_id FROM (SELECT person_id FROM (SELECT e.person_id, arg_max(e.value, e.event_date) AS latest_value FROM event e WHERE e.value IS NOT NULL AND e.event_date BETWEEN CAST($p2 AS DATE) AND CAST($p1 AS DATE) AND (e.code_system NOT IN ('icd10', 'opcs4') AND e.code IN (SELECT code FROM hg_codelist WHERE list = $p3)) GROUP BY e.person_id) WHERE latest_value <= $p4))
  ) GROUP BY person_id
),
person_values AS (
  SELECT
    p.icb22cdh,
    p.practice_code,
    p.imd_quintile,
    p.sex,
    least((date_diff('month', p.birth_month, CAST($p1 AS DATE)) // 12) // 5, 18) AS age_band,
    p.birth_month <= CAST($p1 AS DATE) AS in_0,
    CASE WHEN coalesce((hg_values.j1 IS NOT NULL), false) THEN 1 ELSE 0 END AS n_0,
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
-- parameters: p1=2025-03-31, p2=2024-04-01, p3=sysbp_cod, p4=140
