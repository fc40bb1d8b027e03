WITH hg_values AS (
  SELECT person_id, max(val) FILTER (WHERE j = 0) AS j1 FROM (
    SELECT person_id, 0 AS j, CAST(1 AS BIGINT) AS val FROM (SELECT DISTINCT person_id FROM (SELECT dx.person_id FROM (SELECT e.person_id, max(e.event_date) AS latest FROM event e WHERE e.event_date <= CAST($p1 AS DATE) AND (e.code_system NOT IN ('icd10', 'opcs4') AND e.code IN (SELECT code FROM hg_codelist WHERE list = $p2)) GROUP BY e.person_id) dx LEFT JOIN (SELECT e.person_id, max(e.event_date) AS latest FROM event e WHERE e.event_date <= CAST($p1 AS DATE) AND (e.code_system NOT IN ('icd10', 'opcs4') AND e.code IN (SELECT code FROM hg_codelist WHERE list = $p3)) GROUP BY e.person_id) rs ON rs.person_id = dx.person_id WHERE rs.latest IS NULL OR dx.latest > rs.latest))
  ) GROUP BY person_id
),
person_values AS (
  SELECT
    p.icb22cdh,
    p.practice_code,
    p.imd_quintile,
    p.sex,
    least((date_diff('month', p.birth_month, CAST($p1 AS DATE)) // 12) // 5, 18) AS age_band,
    coalesce((hg_values.j1 IS NOT NULL), false) AS in_0,
    1 AS n_0,
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
-- parameters: p1=2025-03-31, p2=hyp_cod, p3=hypres_cod
