import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RUNTIME_ROLE } from './1764000000000-inventory';

/** Identity fields of a person as the audit trail names them (changes keys). */
const IDENTITY_FIELDS = `('displayName', 'givenName', 'surname', 'accountName', 'email')`;

/**
 * Project closure (DSGVO): a Verwaltung's persons are pseudonymised once the Abschluss phase is
 * done. The tenant row records when and by whom (irreversible: a trigger keeps both fixed once set).
 *
 * The SQL here is shared by the two sides of the rewrite:
 *  - pseudonym_persons / pseudonym_rules derive, from the person rows and the audit trail (also
 *    names of renamed or deleted persons), a stable number per person and ONE case-insensitive
 *    pattern of every original name, account name and e-mail, with a lookup of what replaces it;
 *  - pseudonym_text / pseudonym_jsonb apply them to a value in one pass (split + matches), so a
 *    rewrite is one UPDATE per table, not one per person;
 *  - pseudonymise_audit_entries is the only way to change audit entries: SECURITY DEFINER, for
 *    one tenant in the caller's scope, and only in the transaction that marks the tenant
 *    pseudonymised (after Abschluss). The runtime role keeps no UPDATE on audit_entry.
 */
export class Privacy1764700000000 implements MigrationInterface {
  name = 'Privacy1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tenant ADD COLUMN pseudonymised_at timestamptz,
      ADD COLUMN pseudonymised_by_name text CHECK (length(pseudonymised_by_name) <= 200)`);
    await q.query(`CREATE FUNCTION tenant_pseudonymised_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.pseudonymised_at IS NOT NULL AND (NEW.pseudonymised_at IS DISTINCT FROM OLD.pseudonymised_at
            OR NEW.pseudonymised_by_name IS DISTINCT FROM OLD.pseudonymised_by_name) THEN
          RAISE EXCEPTION 'Verwaltung % is pseudonymised; that cannot be undone', OLD.id
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER pseudonymised_fixed BEFORE UPDATE OF pseudonymised_at, pseudonymised_by_name
      ON tenant FOR EACH ROW EXECUTE FUNCTION tenant_pseudonymised_fixed()`);

    // "Person 0001", "0001", "person-0001", "person-0001@pseudonym.invalid" (more digits past 9999).
    await q.query(`CREATE FUNCTION pseudonym_label(n integer, kind text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT CASE kind
        WHEN 'GIVEN' THEN 'Person'
        WHEN 'SURNAME' THEN d
        WHEN 'ACCOUNT' THEN 'person-' || d
        WHEN 'EMAIL' THEN 'person-' || d || '@pseudonym.invalid'
        ELSE 'Person ' || d END
      FROM (SELECT lpad(n::text, greatest(4, length(n::text)), '0') AS d) x $$`);

    // Every person of the tenant with a number: the current ones by account name, then those the
    // audit trail still names (deleted since) by their last account name. Runs in the caller's scope.
    await q.query(`CREATE FUNCTION pseudonym_persons(t uuid)
      RETURNS TABLE (person_id uuid, n integer, field text, value text) LANGUAGE sql STABLE AS $$
      WITH known AS (
        SELECT p.id, f.field, f.value, 0 AS rank, NULL::timestamptz AS at
        FROM person p, LATERAL (VALUES ('displayName', p.display_name), ('givenName', p.given_name),
          ('surname', p.surname), ('accountName', p.account_name), ('email', p.email)) f(field, value)
        WHERE p.tenant_id = t
        UNION ALL
        SELECT a.object_id, f.field, v.value, 1, a.at
        FROM audit_entry a, LATERAL jsonb_each(a.changes) f(field, change),
          LATERAL (VALUES (f.change ->> 'old'), (f.change ->> 'new')) v(value)
        WHERE a.tenant_id = t AND a.object_type = 'PERSON' AND f.field IN ${IDENTITY_FIELDS}
          AND jsonb_typeof(f.change) = 'object'
        UNION ALL
        SELECT a.object_id, 'displayName', a.object_label, 1, a.at FROM audit_entry a
        WHERE a.tenant_id = t AND a.object_type IN ('PERSON', 'CONFIRMATION')
        UNION ALL
        SELECT a.related_id, 'displayName', a.related_label, 1, a.at FROM audit_entry a
        WHERE a.tenant_id = t AND a.related_type = 'PERSON'
      ), ordered AS (
        SELECT id, min(rank) AS rank,
          lower(coalesce((array_agg(value ORDER BY rank, at DESC) FILTER (WHERE field = 'accountName'))[1], '')) AS sort
        FROM known WHERE value IS NOT NULL GROUP BY id
      ), numbered AS (
        SELECT id, row_number() OVER (ORDER BY rank, sort, id)::int AS n FROM ordered
      )
      SELECT DISTINCT k.id, o.n, k.field, k.value FROM known k JOIN numbered o ON o.id = k.id
      WHERE k.value IS NOT NULL $$`);

    // What to search for and what replaces it: variant → pseudonym, filed under the variant's first
    // word (letters and digits) so a value is searched only for the variants its own words start.
    // Variants: display names, "given surname", "surname, given", account names, e-mails, and the
    // surname after a salutation ("Frau Größe"; alone, surnames such as Koch or Drucker are
    // everyday words). Under 3 characters is too unspecific to replace; a variant naming several
    // persons becomes "[Person]". Boundaries: a variant that starts (ends) with a letter or digit
    // must not be preceded (followed) by one, so "Anna Ott" is not found in "Anna Otto".
    await q.query(`CREATE FUNCTION pseudonym_rules(t uuid) RETURNS TABLE (rules jsonb, persons integer)
      LANGUAGE sql STABLE AS $$
      WITH p AS (SELECT person_id, n, field, trim(value) AS value FROM pseudonym_persons(t)),
      variants AS (
        SELECT person_id, value AS variant, pseudonym_label(n, kind) AS replacement, priority
        FROM p, LATERAL (VALUES
          (CASE field WHEN 'email' THEN 'EMAIL' WHEN 'accountName' THEN 'ACCOUNT' ELSE 'DISPLAY' END,
           CASE field WHEN 'email' THEN 1 WHEN 'accountName' THEN 2 ELSE 3 END)) k(kind, priority)
        WHERE field IN ('displayName', 'accountName', 'email')
        UNION ALL
        SELECT g.person_id, v.variant, pseudonym_label(g.n, 'DISPLAY'), 3
        FROM p g JOIN p s ON s.person_id = g.person_id AND s.field = 'surname',
          LATERAL (VALUES (g.value || ' ' || s.value), (s.value || ', ' || g.value)) v(variant)
        WHERE g.field = 'givenName'
        UNION ALL
        SELECT s.person_id, a.salutation || ' ' || s.value, a.salutation || ' ' || pseudonym_label(s.n, 'DISPLAY'), 4
        FROM p s, unnest(ARRAY['Frau', 'Herr', 'Herrn', 'Fr.', 'Hr.', 'Dr.']) a(salutation)
        WHERE s.field = 'surname'
      ), grouped AS (
        SELECT lower(variant) AS key, min(variant) AS variant,
          CASE WHEN count(DISTINCT person_id) = 1
            THEN (array_agg(replacement ORDER BY priority))[1] ELSE '[Person]' END AS replacement
        FROM variants WHERE length(variant) >= 3 GROUP BY lower(variant)
      ), filed AS (
        SELECT (regexp_split_to_array(trim(BOTH ' ' FROM regexp_replace(key, '[^[:alnum:]]+', ' ', 'g')), ' '))[1] AS word,
          jsonb_build_object('k', key, 'r', replacement,
            're', regexp_replace(variant, '([^[:alnum:]])', '\\\\\\1', 'g'),
            'b', CASE WHEN variant ~ '^[[:alnum:]]' THEN 1 ELSE 0 END + CASE WHEN variant ~ '[[:alnum:]]$' THEN 2 ELSE 0 END
          ) AS rule
        FROM grouped
      )
      SELECT (SELECT coalesce(jsonb_object_agg(word, rules), '{}'::jsonb)
          FROM (SELECT word, jsonb_agg(rule ORDER BY rule ->> 'k') AS rules FROM filed WHERE word <> '' GROUP BY word) w),
        (SELECT count(DISTINCT person_id)::int FROM p) $$`);

    // Whether a value contains a word some variant starts with (cheap: no pattern is compiled).
    await q.query(`CREATE FUNCTION pseudonym_hits(value text, rules jsonb) RETURNS boolean
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT value IS NOT NULL AND EXISTS (
        SELECT 1 FROM regexp_split_to_table(lower(value), '[^[:alnum:]]+') w WHERE rules ? w) $$`);
    // The same for JSON: its text with escapes (\n, \", \u00e9) blanked, so words are not glued to them.
    await q.query(`CREATE FUNCTION pseudonym_json_hits(value jsonb, rules jsonb) RETURNS boolean
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT value IS NOT NULL AND pseudonym_hits(regexp_replace(value::text, '\\\\(u[0-9a-fA-F]{4}|.)', ' ', 'g'), rules) $$`);
    // One pass over the value with the variants its words start: the pieces between matches, and
    // each match (the longest at its place) replaced by its pseudonym. Variants are grouped by their
    // boundaries (b: 1 = not after, 2 = not before a letter or digit): a small pattern, quick to compile.
    await q.query(`CREATE FUNCTION pseudonym_text(value text, rules jsonb) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      WITH candidate AS (
        SELECT DISTINCT r ->> 'k' AS k, r ->> 'r' AS replacement, r ->> 're' AS re, (r ->> 'b')::int AS b
        FROM regexp_split_to_table(lower(value), '[^[:alnum:]]+') w, jsonb_array_elements(rules -> w) r
      ), grouped AS (
        SELECT CASE WHEN b & 1 = 1 THEN '(?<![[:alnum:]])' ELSE '' END || '(?:' || string_agg(re, '|' ORDER BY re)
          || ')' || CASE WHEN b & 2 = 2 THEN '(?![[:alnum:]])' ELSE '' END AS re
        FROM candidate GROUP BY b
      ), c AS (
        SELECT (SELECT string_agg(re, '|' ORDER BY re) FROM grouped) AS pattern,
          (SELECT jsonb_object_agg(k, replacement) FROM candidate) AS lookup
      )
      SELECT CASE WHEN c.pattern IS NULL THEN value ELSE (
        SELECT string_agg(x.part || CASE WHEN x.hit IS NULL THEN ''
            ELSE coalesce(c.lookup ->> lower(x.hit), '[Person]') END, '' ORDER BY x.i)
        FROM unnest(regexp_split_to_array(value, c.pattern, 'i'), ARRAY(
          SELECT m.hit[1] FROM regexp_matches(value, c.pattern, 'gi') WITH ORDINALITY AS m(hit, i) ORDER BY m.i))
          WITH ORDINALITY AS x(part, hit, i)) END
      FROM c $$`);
    // String values at any depth (keys are field names and stay); parts without a hit are kept as they are.
    await q.query(`CREATE FUNCTION pseudonym_jsonb(value jsonb, rules jsonb) RETURNS jsonb
      LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
      BEGIN
        IF NOT pseudonym_json_hits(value, rules) THEN
          RETURN value;
        END IF;
        RETURN CASE jsonb_typeof(value)
          WHEN 'string' THEN to_jsonb(pseudonym_text(value #>> '{}', rules))
          WHEN 'array' THEN (SELECT coalesce(jsonb_agg(pseudonym_jsonb(e, rules) ORDER BY i), '[]'::jsonb)
            FROM jsonb_array_elements(value) WITH ORDINALITY AS a(e, i))
          ELSE (SELECT coalesce(jsonb_object_agg(k, pseudonym_jsonb(e, rules)), '{}'::jsonb)
            FROM jsonb_each(value) AS o(k, e)) END;
      END $$`);
    await q.query(`GRANT EXECUTE ON FUNCTION pseudonym_label(integer, text), pseudonym_persons(uuid),
      pseudonym_rules(uuid), pseudonym_hits(text, jsonb), pseudonym_json_hits(jsonb, jsonb),
      pseudonym_text(text, jsonb), pseudonym_jsonb(jsonb, jsonb) TO ${RUNTIME_ROLE}`);

    // A person entry's own identity fields get the person's pseudonym (exact, even for a surname
    // alone); every other value is searched like any text.
    await q.query(`CREATE FUNCTION pseudonym_person_changes(changes jsonb, n integer, rules jsonb)
      RETURNS jsonb LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT coalesce(jsonb_object_agg(c.field, CASE
        WHEN c.field IN ${IDENTITY_FIELDS} AND jsonb_typeof(c.change) = 'object' THEN (
          SELECT jsonb_object_agg(s.side, CASE WHEN jsonb_typeof(s.value) = 'string'
            THEN to_jsonb(pseudonym_label(n, CASE c.field WHEN 'givenName' THEN 'GIVEN' WHEN 'surname' THEN 'SURNAME'
              WHEN 'accountName' THEN 'ACCOUNT' WHEN 'email' THEN 'EMAIL' ELSE 'DISPLAY' END))
            ELSE s.value END)
          FROM jsonb_each(c.change) s(side, value))
        ELSE pseudonym_jsonb(c.change, rules) END), '{}'::jsonb)
      FROM jsonb_each(changes) c(field, change) $$`);
    await q.query(`CREATE FUNCTION pseudonymise_audit_entries(t uuid) RETURNS integer
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        mapping jsonb;
        rewritten integer;
      BEGIN
        IF NOT (t = ANY (app_tenant_ids())) THEN
          RAISE EXCEPTION 'Verwaltung % is outside the caller''s scope', t USING ERRCODE = 'insufficient_privilege';
        END IF;
        -- Marked in this very transaction (the mark never changes once set), after Abschluss.
        IF NOT EXISTS (SELECT 1 FROM tenant WHERE id = t AND pseudonymised_at = now()
            AND xmin::text::bigint = pg_current_xact_id()::text::bigint % 4294967296)
          OR NOT EXISTS (SELECT 1 FROM project_phase WHERE tenant_id = t AND phase = 'ABSCHLUSS' AND status = 'DONE') THEN
          RAISE EXCEPTION 'audit entries of Verwaltung % are rewritten only while it is being pseudonymised', t
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        SELECT p.rules INTO mapping FROM pseudonym_rules(t) p;
        WITH people AS (SELECT DISTINCT person_id, n FROM pseudonym_persons(t)),
        entry AS (
          SELECT e.id,
            CASE WHEN o.n IS NOT NULL THEN pseudonym_label(o.n, 'DISPLAY')
              ELSE pseudonym_text(e.object_label, mapping) END AS object_label,
            CASE WHEN rel.n IS NOT NULL THEN pseudonym_label(rel.n, 'DISPLAY')
              ELSE pseudonym_text(e.related_label, mapping) END AS related_label,
            pseudonym_text(e.account_name, mapping) AS account_name,
            CASE WHEN e.object_type = 'PERSON' AND o.n IS NOT NULL
              THEN pseudonym_person_changes(e.changes, o.n, mapping)
              ELSE pseudonym_jsonb(e.changes, mapping) END AS changes,
            pseudonym_jsonb(e.context, mapping) AS context
          FROM audit_entry e
            LEFT JOIN people o ON e.object_type IN ('PERSON', 'CONFIRMATION') AND o.person_id = e.object_id
            LEFT JOIN people rel ON e.related_type = 'PERSON' AND rel.person_id = e.related_id
          WHERE e.tenant_id = t AND (o.n IS NOT NULL OR rel.n IS NOT NULL OR pseudonym_hits(e.object_label, mapping)
            OR pseudonym_hits(e.related_label, mapping) OR pseudonym_hits(e.account_name, mapping)
            OR pseudonym_json_hits(e.changes, mapping) OR pseudonym_json_hits(e.context, mapping))
        )
        UPDATE audit_entry a SET object_label = x.object_label, related_label = x.related_label,
          account_name = x.account_name, changes = x.changes, context = x.context
        FROM entry x
        WHERE a.id = x.id AND (a.object_label, a.related_label, a.account_name, a.changes, a.context)
          IS DISTINCT FROM (x.object_label, x.related_label, x.account_name, x.changes, x.context);
        GET DIAGNOSTICS rewritten = ROW_COUNT;
        RETURN rewritten;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION pseudonymise_audit_entries(uuid) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION pseudonymise_audit_entries(uuid) TO ${RUNTIME_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION pseudonymise_audit_entries(uuid)`);
    await q.query(`DROP FUNCTION pseudonym_person_changes(jsonb, integer, jsonb)`);
    await q.query(`DROP FUNCTION pseudonym_jsonb(jsonb, jsonb)`);
    await q.query(`DROP FUNCTION pseudonym_text(text, jsonb)`);
    await q.query(`DROP FUNCTION pseudonym_json_hits(jsonb, jsonb)`);
    await q.query(`DROP FUNCTION pseudonym_hits(text, jsonb)`);
    await q.query(`DROP FUNCTION pseudonym_rules(uuid)`);
    await q.query(`DROP FUNCTION pseudonym_persons(uuid)`);
    await q.query(`DROP FUNCTION pseudonym_label(integer, text)`);
    await q.query(`DROP TRIGGER pseudonymised_fixed ON tenant`);
    await q.query(`DROP FUNCTION tenant_pseudonymised_fixed()`);
    await q.query(`ALTER TABLE tenant DROP COLUMN pseudonymised_at, DROP COLUMN pseudonymised_by_name`);
  }
}
