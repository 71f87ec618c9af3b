CREATE OR REPLACE FUNCTION util.jsonb_deep_merge(a jsonb, b jsonb)
RETURNS jsonb
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE
        WHEN jsonb_typeof(a) = 'object' AND jsonb_typeof(b) = 'object' THEN
            (SELECT jsonb_object_agg(
                        COALESCE(ka, kb),
                        CASE
                            WHEN va IS NULL THEN vb
                            WHEN vb IS NULL THEN va
                            ELSE util.jsonb_deep_merge(va, vb)
                        END)
               FROM jsonb_each(a) AS ea(ka, va)
               FULL JOIN jsonb_each(b) AS eb(kb, vb) ON ka = kb)
        ELSE b
    END
$$;

SELECT util.jsonb_deep_merge('{"a": {"x": 1}, "b": [1,2]}', '{"a": {"y": 2}, "c": null}');
SELECT '{"a": {"b": {"c": 1}}}'::jsonb #> '{a,b}' AS nested,
       '{"a": [10, 20]}'::jsonb -> 'a' ->> 1 AS second,
       '{"a": 1, "b": 2}'::jsonb - 'a' AS without_a,
       '{"tags": ["x"]}'::jsonb @? '$.tags[*] ? (@ == "x")' AS has_x;
