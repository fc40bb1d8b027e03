WITH person_values AS (
  SELECT
    coalesce(p.icb22cdh, 'Unknown') AS area_icb,
    coalesce(p.practice_code, 'Unknown') AS area_practice,
    'All' AS bd_all,
    coalesce(CAST(p.imd_quintile AS VARCHAR), 'Unknown') AS bd_imd_quintile,
    least((date_diff('month', p.birth_month, CAST($p1 AS DATE)) // 12) // 5, 18) AS age_band,
    coalesce(p.sex, 'U') AS sex,
    coalesce((p.registration_start <= CAST($p1 AS DATE) AND (p.registration_end IS NULL OR p.registration_end >= CAST($p1 AS DATE)) AND (p.date_of_death IS NULL OR p.date_of_death > CAST($p1 AS DATE))), false) AS in_0,
    (SELECT count(*) FROM event e1 WHERE e1.person_id = p.person_id AND e1.event_date BETWEEN CAST($p2 AS DATE) AND CAST($p1 AS DATE) AND e1.source IN ($p3) AND e1.kind IN ($p4) AND e1.detail IN ($p5, $p6) AND (e1.code_system = $p8 AND (substr(e1.code, 1, 3) IN (SELECT code FROM hg_codelist WHERE list = $p7 AND length(code) = 3) OR substr(e1.code, 1, 4) IN (SELECT code FROM hg_codelist WHERE list = $p7 AND length(code) = 4) OR substr(e1.code, 1, 5) IN (SELECT code FROM hg_codelist WHERE list = $p7 AND length(code) = 5)))) AS n_0,
    1 AS d_0
  FROM person p
)
SELECT area_icb, area_practice, bd_all, bd_imd_quintile, age_band, sex,
  CAST(sum(CASE WHEN in_0 THEN n_0 ELSE 0 END) AS BIGINT) AS n_0,
  CAST(sum(CASE WHEN in_0 THEN d_0 ELSE 0 END) AS BIGINT) AS d_0
FROM person_values WHERE in_0
GROUP BY area_icb, area_practice, bd_all, bd_imd_quintile, age_band, sex
-- parameters: p1=2025-03-31, p2=2024-04-01, p3=apc, p4=emergency_admission, p5=21, p6=2A, p7=icd10_mi, p8=icd10
