WITH person_values AS (
  SELECT
    p.icb22cdh,
    p.practice_code,
    p.imd_quintile,
    p.sex,
    CASE WHEN (date_diff('month', p.birth_month, CAST($p1 AS DATE)) // 12) < 1 THEN 0 WHEN (date_diff('month', p.birth_month, CAST($p1 AS DATE)) // 12) < 5 THEN 1 ELSE least((date_diff('month', p.birth_month, CAST($p1 AS DATE)) // 12) // 5 + 1, 19) END AS age_band,
    p.birth_month <= CAST($p1 AS DATE) AS in_0,
    CASE WHEN coalesce((p.date_of_death BETWEEN CAST($p2 AS DATE) AND CAST($p1 AS DATE)), false) THEN 1 ELSE 0 END AS n_0,
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
-- parameters: p1=2025-03-31, p2=2024-04-01
