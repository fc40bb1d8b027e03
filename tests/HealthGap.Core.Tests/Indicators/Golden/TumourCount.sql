WITH person_values AS (
  SELECT
    coalesce(p.icb22cdh, 'Unknown') AS area_icb,
    coalesce(p.practice_code, 'Unknown') AS area_practice,
    'All' AS bd_all,
    coalesce(CAST(p.imd_quintile AS VARCHAR), 'Unknown') AS bd_imd_quintile,
    least((date_diff('month', p.birth_month, CAST($p1 AS DATE)) // 12) // 5, 18) AS age_band,
    coalesce(p.sex, 'U') AS sex,
    p.birth_month <= CAST($p1 AS DATE) AS in_0,
    (SELECT count(*) FROM cancer t1 WHERE t1.person_id = p.person_id AND t1.diagnosis_date BETWEEN CAST($p2 AS DATE) AND CAST($p1 AS DATE) AND ($p3 = $p3 AND (substr(t1.icd10_site, 1, 3) IN (SELECT code FROM hg_codelist WHERE list = $p4 AND length(code) = 3) OR substr(t1.icd10_site, 1, 4) IN (SELECT code FROM hg_codelist WHERE list = $p4 AND length(code) = 4) OR substr(t1.icd10_site, 1, 5) IN (SELECT code FROM hg_codelist WHERE list = $p4 AND length(code) = 5))) AND CAST(t1.stage AS VARCHAR) IN ($p5, $p6) AND t1.route_to_diagnosis IN ($p7) AND CAST(t1.emergency_via_ae AS VARCHAR) IN ($p8, $p9)) AS n_0,
    1 AS d_0
  FROM person p
)
SELECT area_icb, area_practice, bd_all, bd_imd_quintile, age_band, sex,
  CAST(sum(CASE WHEN in_0 THEN n_0 ELSE 0 END) AS BIGINT) AS n_0,
  CAST(sum(CASE WHEN in_0 THEN d_0 ELSE 0 END) AS BIGINT) AS d_0
FROM person_values WHERE in_0
GROUP BY area_icb, area_practice, bd_all, bd_imd_quintile, age_band, sex
-- parameters: p1=2025-03-31, p2=2024-04-01, p3=icd10, p4=icd10_cancer_stageable, p5=1, p6=2, p7=emergency_presentation, p8=Y, p9=true
