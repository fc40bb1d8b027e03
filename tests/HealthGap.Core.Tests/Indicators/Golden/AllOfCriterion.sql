WITH person_values AS (
  SELECT
    p.icb22cdh,
    p.practice_code,
    p.imd_quintile,
    p.sex,
    least((date_diff('month', p.birth_month, CAST($p1 AS DATE)) // 12) // 5, 18) AS age_band,
    coalesce((((date_diff('month', p.birth_month, CAST($p1 AS DATE)) // 12) >= $p2) AND coalesce(p.carer, false)), false) AS in_0,
    1 AS n_0,
    1 AS d_0
  FROM person p
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
-- parameters: p1=2025-03-31, p2=80
