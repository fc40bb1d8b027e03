WITH pop AS MATERIALIZED (
  SELECT
    coalesce(p.icb22cdh, 'Unknown') AS area_icb,
    coalesce(p.practice_code, 'Unknown') AS area_practice,
    'All' AS bd_all,
    coalesce(CAST(p.imd_quintile AS VARCHAR), 'Unknown') AS bd_imd_quintile,
    least((date_diff('month', p.birth_month, CAST($p1 AS DATE)) // 12) // 5, 18) AS age_band,
    coalesce(p.sex, 'U') AS sex,
    1 AS numerator,
    1 AS denominator
  FROM person p
  WHERE coalesce((NOT coalesce(coalesce(p.care_home, false), false)), false)
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
-- parameters: p1=2025-03-31
