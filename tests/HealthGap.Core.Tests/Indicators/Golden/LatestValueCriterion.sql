WITH person_values AS (
  SELECT
    coalesce(p.icb22cdh, 'Unknown') AS area_icb,
    coalesce(p.practice_code, 'Unknown') AS area_practice,
    'All' AS bd_all,
    coalesce(CAST(p.imd_quintile AS VARCHAR), 'Unknown') AS bd_imd_quintile,
    least((date_diff('month', p.birth_month, CAST($p1 AS DATE)) // 12) // 5, 18) AS age_band,
    coalesce(p.sex, 'U') AS sex,
    p.birth_month <= CAST($p1 AS DATE) AS in_0,
    CASE WHEN coalesce(p.person_id IN (SELECT person_id FROM (SELECT e1.person_id, arg_max(e1.value, e1.event_date) AS latest_value FROM event e1 WHERE e1.value IS NOT NULL AND e1.event_date BETWEEN CAST($p2 AS DATE) AND CAST($p1 AS DATE) AND (e1.code_system NOT IN ('icd10', 'opcs4') AND e1.code IN (SELECT code FROM hg_codelist WHERE list = $p3)) GROUP BY e1.person_id) WHERE latest_value <= $p4), false) THEN 1 ELSE 0 END AS n_0,
    1 AS d_0
  FROM person p
)
SELECT area_icb, area_practice, bd_all, bd_imd_quintile, age_band, sex,
  CAST(sum(CASE WHEN in_0 THEN n_0 ELSE 0 END) AS BIGINT) AS n_0,
  CAST(sum(CASE WHEN in_0 THEN d_0 ELSE 0 END) AS BIGINT) AS d_0
FROM person_values WHERE in_0
GROUP BY area_icb, area_practice, bd_all, bd_imd_quintile, age_band, sex
-- parameters: p1=2025-03-31, p2=2024-04-01, p3=sysbp_cod, p4=140
