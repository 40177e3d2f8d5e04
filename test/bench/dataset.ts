import { randomUUID } from "node:crypto";
import { DEMO_IDS, type Kysely, type Database, type NewIncident, seedDemoData } from "@support-hub/db";
import { sql } from "kysely";

/** What the workloads need to know about the generated data. */
export interface BenchDataset {
  today: string;
  organizations: number;
  incidents: number;
  /** A GLOBAL_ADMIN of the first generated organization (dashboard, coverage, create). */
  adminUserId: string;
  organizationId: string;
  /** Its unlimited CLOUD contract (create workload). */
  unlimitedContractId: string;
  /** The contention organization's user and its limited ON_PREMISES contract. */
  contentionUserId: string;
  contentionContractId: string;
  contentionRemaining: number;
  /** Every generated organization: its GLOBAL_ADMIN, unlimited cloud contract and Access ID pair (soak). */
  tenants: BenchTenant[];
}

export interface BenchTenant {
  adminUserId: string;
  organizationId: string;
  unlimitedContractId: string;
  accessId: string;
  contractNumber: string;
}

export interface DatasetOptions {
  today: string;
  organizations: number;
  incidents: number;
  contentionRemaining: number;
}

const V = DEMO_IDS.productVersions;
const ON_PREM_VERSIONS = [V.windowsServer2019, V.windowsServer2022, V.sqlServer2019, V.sqlServer2022, V.exchangeServer2019];
const CLOUD_VERSIONS = [V.azureCurrent, V.dynamics365Current];
const BATCH = 1000;

function addMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/**
 * The demo seed plus a scaled-up tenant population, inserted with Kysely batches in one
 * transaction. Contract counters stay consistent: for a limited contract
 * `remaining + used = total`, and `used` is the number of incidents that consumed it.
 */
export async function generateDataset(db: Kysely<Database>, options: DatasetOptions): Promise<BenchDataset> {
  const { today, organizations } = options;
  await seedDemoData(db, { today });
  const offerStart = addMonths(today, -5);
  const offerEnd = addMonths(today, 7);
  const activatedOn = addMonths(today, -4);
  const perOrg = Math.max(1, Math.floor(options.incidents / organizations));

  const orgs = Array.from({ length: organizations }, (_, i) => ({
    id: randomUUID(),
    index: i,
    adminId: randomUUID(),
    agentId: randomUUID(),
    onPremId: randomUUID(),
    cloudId: randomUUID(),
  }));
  const contention = { id: randomUUID(), userId: randomUUID(), contractId: randomUUID() };

  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("organizations")
      .values([
        ...orgs.map((o) => ({ id: o.id, name: `Bench Partner ${String(o.index).padStart(3, "0")}`, cspRelationship: "NONE" as const })),
        { id: contention.id, name: "Bench Contention Partner", cspRelationship: "NONE" as const },
      ])
      .execute();
    await trx
      .insertInto("users")
      .values([
        ...orgs.flatMap((o) => [
          {
            id: o.adminId,
            email: `admin.${o.index}@bench-${o.index}.example`,
            displayName: `Bench Admin ${o.index}`,
            accountKind: "AAD" as const,
            organizationId: o.id,
            mpnAssociated: true,
            cspAssociated: false,
          },
          {
            id: o.agentId,
            email: `helpdesk.${o.index}@bench-${o.index}.example`,
            displayName: `Bench Helpdesk ${o.index}`,
            accountKind: "AAD" as const,
            organizationId: o.id,
            mpnAssociated: true,
            cspAssociated: false,
          },
        ]),
        {
          id: contention.userId,
          email: "admin@bench-contention.example",
          displayName: "Bench Contention Admin",
          accountKind: "AAD" as const,
          organizationId: contention.id,
          mpnAssociated: true,
          cspAssociated: false,
        },
      ])
      .execute();
    await trx
      .insertInto("userRoles")
      .values([
        ...orgs.flatMap((o) => [
          { userId: o.adminId, role: "GLOBAL_ADMIN" as const },
          { userId: o.agentId, role: "HELPDESK_AGENT" as const },
        ]),
        { userId: contention.userId, role: "GLOBAL_ADMIN" as const },
      ])
      .execute();
    await trx
      .insertInto("membershipOffers")
      .values([
        ...orgs.map((o) => ({
          organizationId: o.id,
          level: "GOLD" as const,
          competency: "Cloud Platform",
          startsOn: offerStart,
          endsOn: offerEnd,
        })),
        { organizationId: contention.id, level: "ACTION_PACK" as const, competency: null, startsOn: offerStart, endsOn: offerEnd },
      ])
      .execute();
    await trx
      .insertInto("benefitActivations")
      .values(
        [...orgs.map((o) => ({ org: o.id, by: o.adminId, n: o.index })), { org: contention.id, by: contention.userId, n: 9999 }].map(
          (a) => ({
            organizationId: a.org,
            accessId: `BENCH-ACCESS-${a.n}`,
            contractId: `BENCH-CONTRACT-${a.n}`,
            activatedBy: a.by,
            activatedAt: `${activatedOn}T10:00:00Z`,
          }),
        ),
      )
      .execute();

    // Incidents: 60% on-premises (consume the limited contract), 30% cloud (consume the unlimited
    // one), 10% Microsoft 365 (no contract); most resolved.
    const incidents: NewIncident[] = [];
    const used = new Map<string, number>();
    const dayMs = 86_400_000;
    const todayMs = Date.parse(`${today}T12:00:00Z`);
    for (const o of orgs) {
      for (let n = 0; n < perOrg; n++) {
        const kind = n % 10 < 6 ? "ON_PREM" : n % 10 < 9 ? "CLOUD" : "M365";
        const contractId = kind === "ON_PREM" ? o.onPremId : kind === "CLOUD" ? o.cloudId : null;
        if (contractId) used.set(contractId, (used.get(contractId) ?? 0) + 1);
        const createdAt = new Date(todayMs - ((n * 7919) % 120) * dayMs - n * 1000);
        const resolved = n % 4 !== 0;
        incidents.push({
          organizationId: o.id,
          productVersionId:
            kind === "ON_PREM"
              ? (ON_PREM_VERSIONS[n % ON_PREM_VERSIONS.length] as string)
              : kind === "CLOUD"
                ? (CLOUD_VERSIONS[n % CLOUD_VERSIONS.length] as string)
                : V.microsoft365Current,
          planKind: kind === "ON_PREM" ? "PRODUCT_SUPPORT" : kind === "CLOUD" ? "SIGNATURE_CLOUD" : "MICROSOFT_365",
          supportContractId: contractId,
          consumed: contractId !== null,
          severity: (["A", "B", "C"] as const)[n % 3] ?? "C",
          status: resolved ? "RESOLVED" : "OPEN",
          title: `Generated incident ${o.index}-${n}`,
          description: "A generated incident for the benchmark dataset, long enough to look like a real description.",
          contactName: "Bench Contact",
          contactEmail: "contact@bench.example",
          contactPhone: n % 2 ? "+1 555 0100" : null,
          createdBy: n % 3 === 0 ? o.agentId : o.adminId,
          createdAt,
          updatedAt: createdAt,
          resolvedAt: resolved ? new Date(createdAt.getTime() + dayMs) : null,
        });
      }
    }
    await trx
      .insertInto("supportContracts")
      .values([
        ...orgs.flatMap((o) => {
          const onPremUsed = used.get(o.onPremId) ?? 0;
          const total = onPremUsed + 500;
          return [
            {
              id: o.onPremId,
              organizationId: o.id,
              kind: "ON_PREMISES" as const,
              startsOn: activatedOn,
              endsOn: offerEnd,
              incidentsTotal: total,
              incidentsRemaining: total - onPremUsed,
              incidentsUsed: onPremUsed,
            },
            {
              id: o.cloudId,
              organizationId: o.id,
              kind: "CLOUD" as const,
              startsOn: activatedOn,
              endsOn: offerEnd,
              incidentsTotal: null,
              incidentsRemaining: null,
              incidentsUsed: used.get(o.cloudId) ?? 0,
            },
          ];
        }),
        {
          id: contention.contractId,
          organizationId: contention.id,
          kind: "ON_PREMISES" as const,
          startsOn: activatedOn,
          endsOn: offerEnd,
          incidentsTotal: options.contentionRemaining,
          incidentsRemaining: options.contentionRemaining,
          incidentsUsed: 0,
        },
      ])
      .execute();
    // Each admin linked its organization's contracts (incidents can only be charged to a linked contract).
    await trx
      .insertInto("contractLinks")
      .values([
        ...orgs.flatMap((o) => [
          { supportContractId: o.onPremId, userId: o.adminId },
          { supportContractId: o.cloudId, userId: o.adminId },
        ]),
        { supportContractId: contention.contractId, userId: contention.userId },
      ])
      .execute();
    // Bounded: ceil(incidents / BATCH) statements.
    for (let start = 0; start < incidents.length; start += BATCH) {
      await trx
        .insertInto("incidents")
        .values(incidents.slice(start, start + BATCH))
        .execute();
    }
  });

  // Fresh statistics, as a database in service has: without them the planner guesses row counts
  // (e.g. 67 incidents per organization instead of 400) and picks plans no production run would.
  // Vacuumed and checkpointed too, as a database in service is: otherwise autovacuum visits the
  // 20,000 new rows, and the checkpointer writes their pages, during a measured workload (every
  // process of the cluster counts in its PostgreSQL CPU per request).
  await sql`vacuum (analyze)`.execute(db);
  // CHECKPOINT needs a superuser (or pg_checkpoint): on a server where the bench has neither, skip it.
  await sql`checkpoint`.execute(db).catch(() => undefined);

  const first = orgs[0];
  if (!first) throw new Error("at least one organization is needed");
  return {
    today,
    organizations,
    incidents: perOrg * organizations,
    adminUserId: first.adminId,
    organizationId: first.id,
    unlimitedContractId: first.cloudId,
    contentionUserId: contention.userId,
    contentionContractId: contention.contractId,
    contentionRemaining: options.contentionRemaining,
    tenants: orgs.map((o) => ({
      adminUserId: o.adminId,
      organizationId: o.id,
      unlimitedContractId: o.cloudId,
      accessId: `BENCH-ACCESS-${o.index}`,
      contractNumber: `BENCH-CONTRACT-${o.index}`,
    })),
  };
}
