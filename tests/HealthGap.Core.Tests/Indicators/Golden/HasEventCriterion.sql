WITH pop AS MATERIALIZED (
  SELECT
    coalesce(p.icb22cdh, 'Unknown') AS area_icb,
    coalesce(p.practice_code, 'Unknown') AS area_practice,
    'All' AS bd_all,
    coalesce(CAST(p.imd_quintile AS VARCHAR), 'Unknown') AS bd_imd_quintile,
    least((date_diff('month', p.birth_month, CAST($p1 AS DATE)) // 12) // 5, 18) AS age_band,
    coalesce(p.sex, 'U') AS sex,
    CASE WHEN coalesce(p.person_id IN (SELECT e1.person_id FROM event e1 WHERE e1.event_date BETWEEN CAST($p2 AS DATE) AND CAST($p1 AS DATE) AND e1.source IN ($p3) AND (e1.code_system NOT IN ('icd10', 'opcs4') AND e1.code IN (SELECT code FROM hg_codelist WHERE list = $p4)) GROUP BY e1.person_id HAVING count(*) >= $p5), false) THEN 1 ELSE 0 END AS numerator,
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
-- parameters: p1=2025-03-31, p2=2024-09-01, p3=gp, p4=flu_cod, p5=2
