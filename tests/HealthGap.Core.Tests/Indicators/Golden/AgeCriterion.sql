WITH pop AS (
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
  WHERE coalesce(((date_diff('month', p.birth_month, CAST($p1 AS DATE)) // 12) >= $p2 AND (date_diff('month', p.birth_month, CAST($p1 AS DATE)) // 12) <= $p3), false)
)
SELECT
  area_icb, area_practice, bd_all, bd_imd_quintile,
  age_band, sex, CAST(sum(numerator) AS BIGINT) AS numerator, CAST(sum(denominator) AS BIGINT) AS denominator
FROM pop
GROUP BY GROUPING SETS (
  (area_icb, bd_all, age_band, sex),
  (area_icb, bd_imd_quintile, age_band, sex),
  (area_practice, bd_all, age_band, sex),
  (area_practice, bd_imd_quintile, age_band, sex)
)
HAVING sum(numerator) > 0 OR sum(denominator) > 0
-- parameters: p1=2025-03-31, p2=18, p3=64
