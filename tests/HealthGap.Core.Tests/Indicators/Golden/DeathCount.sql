WITH hg_spell AS (
  SELECT person_id, birth_month, at_from, at_to FROM (
    SELECT r.person_id, p.birth_month,
      greatest(r.valid_from, p.birth_month, CAST($p2 AS DATE), max(coalesce(r.valid_to, DATE '9999-12-31')) OVER (PARTITION BY r.person_id ORDER BY r.valid_from, r.valid_to ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) + 1) AS at_from,
      least(coalesce(r.valid_to, CAST($p1 AS DATE)), p.date_of_death, CAST($p1 AS DATE)) AS at_to
    FROM person_residence r JOIN person p ON p.person_id = r.person_id
    WHERE r.valid_from IS NOT NULL AND p.birth_month IS NOT NULL)
  WHERE at_from <= at_to
),
hg_exposure AS (
  SELECT person_id, (CASE WHEN age < 1 THEN 0 WHEN age < 5 THEN 1 ELSE least(age // 5 * 5, 90) END) AS age, sum(date_diff('day', greatest(at_from, CAST(birth_month + to_months(12 * age) AS DATE)), least(at_to, CAST(birth_month + to_months(12 * age + 12) AS DATE) - 1)) + 1) AS days
  FROM (SELECT *, unnest(range((date_diff('month', birth_month, at_from) // 12), (date_diff('month', birth_month, at_to) // 12) + 1)) AS age FROM hg_spell)
  GROUP BY 1, 2
),
hg_values_by_age AS (
  SELECT person_id, age, max(val) FILTER (WHERE j = 0) AS j1 FROM (
    SELECT person_id, age, 0 AS j, CAST(deaths AS BIGINT) AS val FROM (SELECT s.person_id, (CASE WHEN (date_diff('month', s.birth_month, d.date_of_death) // 12) < 1 THEN 0 WHEN (date_diff('month', s.birth_month, d.date_of_death) // 12) < 5 THEN 1 ELSE least((date_diff('month', s.birth_month, d.date_of_death) // 12) // 5 * 5, 90) END) AS age, count(*) AS deaths FROM hg_spell s JOIN person d ON d.person_id = s.person_id AND d.date_of_death BETWEEN s.at_from AND s.at_to WHERE true GROUP BY 1, 2)
  ) GROUP BY person_id, age
),
person_values AS (
  SELECT
    p.icb22cdh,
    p.practice_code,
    p.imd_quintile,
    p.sex,
    CASE WHEN x.age < 1 THEN 0 WHEN x.age < 5 THEN 1 ELSE least(x.age // 5 + 1, 19) END AS age_band,
    p.birth_month <= CAST($p1 AS DATE) AS in_0,
    coalesce(hg_values_by_age.j1, 0) AS n_0,
    x.days AS d_0
  FROM hg_exposure x JOIN person p ON p.person_id = x.person_id
  LEFT JOIN hg_values_by_age ON hg_values_by_age.person_id = x.person_id AND hg_values_by_age.age = x.age
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
