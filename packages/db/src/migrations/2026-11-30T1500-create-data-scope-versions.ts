import { sql } from "kysely";
import type { MigrationDb } from "./migration-helpers";

/**
 * Which data scopes a row of each table belongs to, as SQL over the row (`r`, its jsonb). A scope
 * is `org:<id>` (everything an organization's accounts can read about it), `user:<id>` (what is
 * personal to one account: its roles, its contract links, the incidents it created elsewhere) or
 * `catalog` (products, read by everyone). A row bumps every scope whose readers could be shown it,
 * so a write that concerns two organizations (a CSP customer's incident, an outside account's
 * link) bumps both. The audit log bumps nothing: answers that show it are never cached.
 */
const SCOPES_OF_ROW: Record<string, string> = {
  organizations: `array['org:' || (r->>'id')]
    || array(select 'org:' || c.partner_organization_id from csp_customers c where c.customer_organization_id = (r->>'id')::uuid)`,
  users: `array['org:' || (r->>'organization_id'), 'user:' || (r->>'id')]
    || array(select distinct 'org:' || c.organization_id from contract_links l join support_contracts c on c.id = l.support_contract_id
             where l.user_id = (r->>'id')::uuid)
    || array(select distinct 'org:' || i.organization_id from incidents i where i.created_by = (r->>'id')::uuid)`,
  user_roles: `array['user:' || (r->>'user_id')]
    || array(select 'org:' || u.organization_id from users u where u.id = (r->>'user_id')::uuid)`,
  membership_offers: `array['org:' || (r->>'organization_id')]`,
  benefit_activations: `array['org:' || (r->>'organization_id')]`,
  benefit_years: `array['org:' || (r->>'organization_id')]`,
  support_contracts: `array['org:' || (r->>'organization_id')]`,
  tpd_balances: `array['org:' || (r->>'organization_id')]`,
  tpd_engagements: `array['org:' || (r->>'organization_id'), 'user:' || (r->>'created_by')]`,
  csp_customers: `array['org:' || (r->>'partner_organization_id'), 'org:' || (r->>'customer_organization_id')]`,
  contract_links: `array['user:' || (r->>'user_id')]
    || array(select 'org:' || c.organization_id from support_contracts c where c.id = (r->>'support_contract_id')::uuid)
    || array(select 'org:' || u.organization_id from users u where u.id = (r->>'user_id')::uuid)`,
  incidents: `array['org:' || (r->>'organization_id'), 'user:' || (r->>'created_by')]
    || array(select 'org:' || c.customer_organization_id from csp_customers c where c.id = (r->>'customer_id')::uuid)`,
  // An incident's history is read wherever the incident is: its organization, its customer's, its requester.
  incident_events: `array(select 'org:' || i.organization_id from incidents i where i.id = (r->>'incident_id')::uuid)
    || array(select 'user:' || i.created_by from incidents i where i.id = (r->>'incident_id')::uuid)
    || array(select 'org:' || c.customer_organization_id from incidents i join csp_customers c on c.id = i.customer_id
             where i.id = (r->>'incident_id')::uuid)`,
  products: `array['catalog']`,
  product_versions: `array['catalog']`,
};

/**
 * `data_scope_versions`: a version per data scope (see above), bumped at commit like the global
 * `data_version`, once per transaction and scope. The response cache keys an account's answers
 * on the versions of the scopes it can read, so a write in one organization leaves every other
 * organization's cached answers valid. The global `data_version` stays (operators read across
 * organizations and key on it), but no longer moves for audit rows: a refused mutation, which
 * only appends to the audit log, invalidates nothing.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable("data_scope_versions")
    .addColumn("scope", "text", (c) => c.primaryKey())
    .addColumn("version", "bigint", (c) => c.notNull())
    .execute();

  // The transaction-local setting holds "<txid>;scope;scope;...": the scopes this transaction
  // already bumped (a bulk insert of 20,000 incidents bumps each organization once).
  await sql`
    create function bump_data_scopes(scopes text[]) returns void language plpgsql as $$
    declare
      done text := coalesce(current_setting('support_hub.bumped_scopes', true), '');
      tx text := txid_current()::text;
      s text;
    begin
      if split_part(done, ';', 1) is distinct from tx then
        done := tx || ';';
      end if;
      foreach s in array scopes loop
        if s is not null and strpos(done, ';' || s || ';') = 0 then
          insert into data_scope_versions (scope, version) values (s, 1)
            on conflict (scope) do update set version = data_scope_versions.version + 1;
          done := done || s || ';';
        end if;
      end loop;
      perform set_config('support_hub.bumped_scopes', done, true);
    end;
    $$`.execute(db);

  for (const [table, scopes] of Object.entries(SCOPES_OF_ROW)) {
    const fn = `${table}_bump_data_scopes`;
    await sql`
      create function ${sql.id(fn)}() returns trigger language plpgsql as $$
      declare r jsonb;
      begin
        foreach r in array array[to_jsonb(old), to_jsonb(new)] loop
          if r is not null then
            perform bump_data_scopes(${sql.raw(scopes)});
          end if;
        end loop;
        return null;
      end;
      $$`.execute(db);
    await sql`
      create constraint trigger ${sql.id(fn)}
        after insert or update or delete on ${sql.table(table)}
        deferrable initially deferred
        for each row execute function ${sql.id(fn)}()`.execute(db);
  }
  // A TRUNCATE has no rows to read: it moves the `epoch` scope, which every reader includes
  // (only tests and resets truncate).
  await sql`
    create function bump_data_scope_epoch() returns trigger language plpgsql as $$
    begin
      perform bump_data_scopes(array['epoch']);
      return null;
    end;
    $$`.execute(db);
  for (const table of Object.keys(SCOPES_OF_ROW)) {
    await sql`
      create trigger ${sql.id(`${table}_truncate_bumps_data_scopes`)}
        after truncate on ${sql.table(table)}
        for each statement execute function bump_data_scope_epoch()`.execute(db);
  }

  await sql`drop trigger audit_log_bump_data_version on audit_log`.execute(db);
  await sql`drop trigger audit_log_truncate_bumps_data_version on audit_log`.execute(db);
}
