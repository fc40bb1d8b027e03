WITH pop AS MATERIALIZED (
  SELECT
    coalesce(p.icb22cdh, 'Unknown') AS area_icb,
    coalesce(p.practice_code, 'Unknown') AS area_practice,
    'All' AS bd_all,
    coalesce(CAST(p.imd_quintile AS VARCHAR), 'Unknown') AS bd_imd_quintile,
    least((date_diff('month', p.birth_month, CAST($p1 AS DATE)) // 12) // 5, 18) AS age_band,
    coalesce(p.sex, 'U') AS sex,
    (SELECT count(*) FROM cancer t1 WHERE t1.person_id = p.person_id AND t1.diagnosis_date BETWEEN CAST($p2 AS DATE) AND CAST($p1 AS DATE) AND ($p3 = $p3 AND (substr(t1.icd10_site, 1, 3) IN (SELECT code FROM hg_codelist WHERE list = $p4 AND length(code) = 3) OR substr(t1.icd10_site, 1, 4) IN (SELECT code FROM hg_codelist WHERE list = $p4 AND length(code) = 4) OR substr(t1.icd10_site, 1, 5) IN (SELECT code FROM hg_codelist WHERE list = $p4 AND length(code) = 5))) AND CAST(t1.stage AS VARCHAR) IN ($p5, $p6) AND t1.route_to_diagnosis IN ($p7) AND CAST(t1.emergency_via_ae AS VARCHAR) IN ($p8, $p9)) AS numerator,
    1 AS denominator
  FROM person p
  WHERE p.birth_month <= CAST($p1 AS DATE)
),
long AS (
  SELECT area_icb, area_practice, age_band, sex, numerator, denominator,
    unnest([{'breakdown': 'all', 'grp': bd_all}, {'breakdown': 'imd_quintile', 'grp': bd_imd_quintile}]) AS b
  FROM pop
),
cells AS MATERIALIZED (
  SELECT area_icb, area_practice, b.breakdown AS breakdown, b.grp AS grp, age_band, sex, sum(numerator) AS numerator, sum(denominator) AS denominator
  FROM long GROUP BY ALL
)
SELECT 'icb' AS area_type, area_icb AS area_code, breakdown, grp, age_band, sex, CAST(sum(numerator) AS BIGINT) AS numerator, CAST(sum(denominator) AS BIGINT) AS denominator
FROM cells GROUP BY ALL HAVING sum(numerator) > 0 OR sum(denominator) > 0
UNION ALL
SELECT 'practice' AS area_type, area_practice AS area_code, breakdown, grp, age_band, sex, CAST(sum(numerator) AS BIGINT) AS numerator, CAST(sum(denominator) AS BIGINT) AS denominator
FROM cells GROUP BY ALL HAVING sum(numerator) > 0 OR sum(denominator) > 0
-- parameters: p1=2025-03-31, p2=2024-04-01, p3=icd10, p4=icd10_cancer_stageable, p5=1, p6=2, p7=emergency_presentation, p8=Y, p9=true
