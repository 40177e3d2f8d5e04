import { type IncidentStatus, type IsoDate, maxDate, type PlanKind, type Severity, tpdPeriod } from "@support-hub/domain";
import type { InsertResult, Kysely } from "kysely";
import { consumeTpdHours } from "../operations/consume-tpd-hours";
import type { Database } from "../schema/database";
import type { NewIncident } from "../schema/incident.table";
import { DEMO_PRODUCT_VERSIONS, DEMO_PRODUCTS } from "./demo-catalog";
import { demoIncidentEvents } from "./demo-incident-events";
import { DEMO_ACTIVATIONS, DEMO_IDS, DEMO_USERS, type DemoUser } from "./demo-ids";
import { addDays, addMonths, at, parseIsoDate } from "./iso-dates";

/** Options of {@link seedDemoData}. */
export interface SeedOptions {
  /** The date the demo is "as of": offers and contracts are current around it. */
  today: IsoDate;
}

/** What {@link seedDemoData} did. */
export interface SeedResult {
  /** Rows inserted by this run; 0 when the demo data was already there. */
  insertedRows: number;
}

const O = DEMO_IDS.organizations;
const C = DEMO_IDS.contracts;
const V = DEMO_IDS.productVersions;
const CU = DEMO_IDS.cspCustomers;
const U = DEMO_USERS;

/**
 * Inserts the demo data (see the package README) in one transaction. Idempotent: every row has a
 * fixed key and is inserted with `ON CONFLICT DO NOTHING`, so a second run (with any `today`)
 * changes nothing, and rows the demo has since changed (consumed incidents...) are kept.
 *
 * Dates that must be current are relative to `today`: offers run from 5 months before to 7 months
 * after it; the activated organizations activated 4 months ago, so their contracts run until the
 * offer ends. Product lifecycle dates are the real, fixed ones.
 *
 * Counters are consistent with the seeded incidents: for each contract, `incidents_used` equals
 * the number of its incidents that consumed and were not refunded.
 */
export async function seedDemoData(db: Kysely<Database>, options: SeedOptions): Promise<SeedResult> {
  const today = options.today;
  parseIsoDate(today); // validates
  const offerStart = addMonths(today, -5);
  const offerEnd = addMonths(today, 7);
  const activatedOn = addMonths(today, -4);
  const wingtipActivatedOn = addMonths(today, -13);
  const relecloudActivatedOn = addMonths(today, -3);

  return db.transaction().execute(async (trx) => {
    let inserted = 0n;
    const count = (results: InsertResult[]): void => {
      for (const result of results) inserted += result.numInsertedOrUpdatedRows ?? 0n;
    };

    count(
      await trx
        .insertInto("organizations")
        .values([
          { id: O.operations, name: "Partner Program Operations", cspRelationship: "NONE" },
          { id: O.contoso, name: "Contoso Ltd.", cspRelationship: "INDIRECT_RESELLER" },
          { id: O.fabrikam, name: "Fabrikam, Inc.", cspRelationship: "DIRECT" },
          { id: O.northwind, name: "Northwind Traders", cspRelationship: "NONE" },
          { id: O.tailspin, name: "Tailspin Toys", cspRelationship: "NONE" },
          { id: O.adatum, name: "Adatum Corporation", cspRelationship: "ADVISOR" },
          { id: O.wingtip, name: "Wingtip Toys", cspRelationship: "NONE" },
          { id: O.relecloud, name: "Relecloud", cspRelationship: "NONE" },
        ])
        .onConflict((oc) => oc.doNothing())
        .execute(),
    );

    const users: readonly DemoUser[] = Object.values(DEMO_USERS);
    count(
      await trx
        .insertInto("users")
        .values(
          users.map((user) => ({
            id: user.id,
            email: user.email,
            displayName: user.displayName,
            accountKind: user.accountKind,
            organizationId: user.organization ? O[user.organization] : null,
            mpnAssociated: user.mpnAssociated,
            cspAssociated: user.cspAssociated,
          })),
        )
        .onConflict((oc) => oc.doNothing())
        .execute(),
    );
    const roles = users.flatMap((user) => user.roles.map((role) => ({ userId: user.id, role })));
    count(
      await trx
        .insertInto("userRoles")
        .values(roles)
        .onConflict((oc) => oc.doNothing())
        .execute(),
    );

    const OF = DEMO_IDS.offers;
    count(
      await trx
        .insertInto("membershipOffers")
        .values([
          {
            id: OF.contosoGoldCloudPlatform,
            organizationId: O.contoso,
            level: "GOLD",
            competency: "Cloud Platform",
            startsOn: offerStart,
            endsOn: offerEnd,
          },
          {
            id: OF.contosoSilverDataAnalytics,
            organizationId: O.contoso,
            level: "SILVER",
            competency: "Data Analytics",
            startsOn: addMonths(today, -2),
            endsOn: addMonths(today, 10),
          },
          {
            id: OF.fabrikamSilverDataPlatform,
            organizationId: O.fabrikam,
            level: "SILVER",
            competency: "Data Platform",
            startsOn: offerStart,
            endsOn: offerEnd,
          },
          {
            id: OF.northwindActionPack,
            organizationId: O.northwind,
            level: "ACTION_PACK",
            competency: null,
            startsOn: offerStart,
            endsOn: offerEnd,
          },
          // Renewal due: a two-year Action Pack; the benefit year activated 13 months ago has ended.
          {
            id: OF.wingtipActionPack,
            organizationId: O.wingtip,
            level: "ACTION_PACK",
            competency: null,
            startsOn: addMonths(today, -14),
            endsOn: addMonths(today, 10),
          },
          // Upgrade available: Silver Security (a cloud competency) granted a month ago, after activation.
          {
            id: OF.relecloudSilverDataPlatform,
            organizationId: O.relecloud,
            level: "SILVER",
            competency: "Data Platform",
            startsOn: offerStart,
            endsOn: offerEnd,
          },
          {
            id: OF.relecloudSilverSecurity,
            organizationId: O.relecloud,
            level: "SILVER",
            competency: "Security",
            startsOn: addMonths(today, -1),
            endsOn: addMonths(today, 11),
          },
        ])
        .onConflict((oc) => oc.doNothing())
        .execute(),
    );

    count(
      await trx
        .insertInto("cspCustomers")
        .values([
          { id: CU.contosoLitware, partnerOrganizationId: O.contoso, name: "Litware, Inc.", domain: "litware.example" },
          {
            id: CU.fabrikamWideWorldImporters,
            partnerOrganizationId: O.fabrikam,
            name: "Wide World Importers",
            domain: "wideworldimporters.example",
          },
          {
            id: CU.fabrikamWoodgroveBank,
            partnerOrganizationId: O.fabrikam,
            name: "Woodgrove Bank",
            domain: "woodgrovebank.example",
          },
          { id: CU.adatumProseware, partnerOrganizationId: O.adatum, name: "Proseware, Inc.", domain: "proseware.example" },
        ])
        .onConflict((oc) => oc.doNothing())
        .execute(),
    );

    count(
      await trx
        .insertInto("products")
        .values([...DEMO_PRODUCTS])
        .onConflict((oc) => oc.doNothing())
        .execute(),
    );
    count(
      await trx
        .insertInto("productVersions")
        .values([...DEMO_PRODUCT_VERSIONS])
        .onConflict((oc) => oc.doNothing())
        .execute(),
    );

    count(
      await trx
        .insertInto("benefitActivations")
        .values([
          { organizationId: O.fabrikam, ...DEMO_ACTIVATIONS.fabrikam, activatedBy: U.fabrikamGlobalAdmin.id, activatedAt: at(activatedOn) },
          {
            organizationId: O.northwind,
            ...DEMO_ACTIVATIONS.northwind,
            activatedBy: U.northwindGlobalAdmin.id,
            activatedAt: at(activatedOn),
          },
          {
            organizationId: O.wingtip,
            ...DEMO_ACTIVATIONS.wingtip,
            activatedBy: U.wingtipGlobalAdmin.id,
            activatedAt: at(wingtipActivatedOn),
          },
          {
            organizationId: O.relecloud,
            ...DEMO_ACTIVATIONS.relecloud,
            activatedBy: U.relecloudGlobalAdmin.id,
            activatedAt: at(relecloudActivatedOn),
          },
        ])
        .onConflict((oc) => oc.doNothing())
        .execute(),
    );
    // Year 1 of each activated organization, under the activation's Contract ID.
    const BY = DEMO_IDS.benefitYears;
    const year = (id: string, organizationId: string, pair: { contractId: string }, startsOn: IsoDate, activatedBy: string) => ({
      id,
      organizationId,
      yearNumber: 1,
      contractId: pair.contractId,
      startsOn,
      activatedBy,
      activatedAt: at(startsOn),
    });
    count(
      await trx
        .insertInto("benefitYears")
        .values([
          year(BY.fabrikam, O.fabrikam, DEMO_ACTIVATIONS.fabrikam, activatedOn, U.fabrikamGlobalAdmin.id),
          year(BY.northwind, O.northwind, DEMO_ACTIVATIONS.northwind, activatedOn, U.northwindGlobalAdmin.id),
          year(BY.wingtip, O.wingtip, DEMO_ACTIVATIONS.wingtip, wingtipActivatedOn, U.wingtipGlobalAdmin.id),
          year(BY.relecloud, O.relecloud, DEMO_ACTIVATIONS.relecloud, relecloudActivatedOn, U.relecloudGlobalAdmin.id),
        ])
        .onConflict((oc) => oc.doNothing())
        .execute(),
    );

    const incidents = demoIncidents(today);
    const usedBy = (contractId: string): number =>
      incidents.filter((i) => i.supportContractId === contractId && i.consumed && !i.refunded).length;
    const contract = (
      id: string,
      organizationId: string,
      kind: "ON_PREMISES" | "CLOUD",
      total: number,
      benefitYearId: string,
      startsOn: IsoDate = activatedOn,
      endsOn: IsoDate = offerEnd,
    ) => ({
      id,
      organizationId,
      benefitYearId,
      kind,
      // One year from activation, but never past the offer's end (DOMAIN.md).
      startsOn,
      endsOn,
      incidentsTotal: total,
      incidentsRemaining: total - usedBy(id),
      incidentsUsed: usedBy(id),
    });
    count(
      await trx
        .insertInto("supportContracts")
        .values([
          // Silver, Data Platform (not a cloud competency): 15 on-premises + cloud 5-pack.
          contract(C.fabrikamOnPremises, O.fabrikam, "ON_PREMISES", 15, BY.fabrikam),
          contract(C.fabrikamCloud, O.fabrikam, "CLOUD", 5, BY.fabrikam),
          // Action Pack: 10 on-premises, no cloud.
          contract(C.northwindOnPremises, O.northwind, "ON_PREMISES", 10, BY.northwind),
          // Wingtip's year 1 ended a month ago (one year after activation).
          contract(C.wingtipOnPremises, O.wingtip, "ON_PREMISES", 10, BY.wingtip, wingtipActivatedOn, addMonths(wingtipActivatedOn, 12)),
          // Relecloud: issued before Silver Security was granted (capped by Silver Data Platform's end).
          contract(C.relecloudOnPremises, O.relecloud, "ON_PREMISES", 15, BY.relecloud, relecloudActivatedOn),
          contract(C.relecloudCloud, O.relecloud, "CLOUD", 5, BY.relecloud, relecloudActivatedOn),
        ])
        .onConflict((oc) => oc.doNothing())
        .execute(),
    );
    count(
      await trx
        .insertInto("contractLinks")
        .values([
          { supportContractId: C.fabrikamOnPremises, userId: U.fabrikamGlobalAdmin.id, linkedAt: at(activatedOn, "10:00") },
          { supportContractId: C.fabrikamCloud, userId: U.fabrikamGlobalAdmin.id, linkedAt: at(activatedOn, "10:00") },
          { supportContractId: C.fabrikamOnPremises, userId: U.fabrikamAdminAgent.id, linkedAt: at(addDays(activatedOn, 1)) },
          { supportContractId: C.fabrikamCloud, userId: U.fabrikamAdminAgent.id, linkedAt: at(addDays(activatedOn, 1)) },
          { supportContractId: C.northwindOnPremises, userId: U.northwindGlobalAdmin.id, linkedAt: at(activatedOn, "10:00") },
        ])
        .onConflict((oc) => oc.doNothing())
        .execute(),
    );
    count(
      await trx
        .insertInto("incidents")
        .values(incidents)
        .onConflict((oc) => oc.doNothing())
        .execute(),
    );
    count(
      await trx
        .insertInto("incidentEvents")
        .values(demoIncidentEvents(incidents))
        .onConflict((oc) => oc.doNothing())
        .execute(),
    );

    // TPD: the current period (the calendar year, as the domain's `tpdPeriod` defines it) of each
    // organization with an offer, at its best level's hours (Gold 50, Silver 20, Action Pack 5).
    const period = tpdPeriod(today);
    const balance = (organizationId: string, hoursTotal: number) => ({
      organizationId,
      periodStart: period.startsOn,
      periodEnd: period.endsOn,
      hoursTotal,
    });
    count(
      await trx
        .insertInto("tpdBalances")
        .values([balance(O.contoso, 50), balance(O.fabrikam, 20), balance(O.northwind, 5), balance(O.wingtip, 5), balance(O.relecloud, 20)])
        .onConflict((oc) => oc.doNothing())
        .execute(),
    );
    // Engagement dates stay inside the period even early in January.
    const inPeriod = (daysAgo: number): string => at(maxDate(addDays(today, -daysAgo), period.startsOn));
    const T = (n: number) => `90000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
    const engagements = [
      {
        id: T(1),
        organizationId: O.contoso,
        periodStart: period.startsOn,
        kind: "PRESALES",
        hours: 8,
        description: "Architecture workshop for a customer's Azure landing zone.",
        createdBy: U.contosoGlobalAdmin.id,
        createdAt: inPeriod(40),
      },
      {
        id: T(2),
        organizationId: O.fabrikam,
        periodStart: period.startsOn,
        kind: "DEPLOYMENT",
        hours: 4,
        description: "SQL Server 2022 high-availability deployment review.",
        createdBy: U.fabrikamGlobalAdmin.id,
        createdAt: inPeriod(60),
      },
      {
        id: T(3),
        organizationId: O.fabrikam,
        periodStart: period.startsOn,
        kind: "PRESALES",
        hours: 2,
        description: "Licensing questions for a data platform proposal.",
        createdBy: U.fabrikamAdminAgent.id,
        createdAt: inPeriod(12),
      },
    ] as const;
    // Hours are taken through the same operation the gateway uses, and only for engagements this
    // run inserted: a re-run (or a run in a later year, which adds that year's empty balances)
    // never double-counts.
    for (const engagement of engagements) {
      const row = await trx
        .insertInto("tpdEngagements")
        .values(engagement)
        .onConflict((oc) => oc.doNothing())
        .returning("id")
        .executeTakeFirst();
      if (!row) continue;
      inserted += 1n;
      const taken = await consumeTpdHours(trx, engagement.organizationId, engagement.periodStart, engagement.hours);
      if (!taken) throw new Error(`demo seed: TPD balance of ${engagement.organizationId} is too small`);
    }

    return { insertedRows: Number(inserted) };
  });
}

interface IncidentSpec {
  n: number;
  org: "fabrikam" | "northwind";
  by: DemoUser;
  version: string;
  plan: PlanKind;
  contract: string | null;
  customer?: string;
  severity: Severity;
  status: IncidentStatus;
  /** Days before `today` it was created. */
  ago: number;
  /** Days after creation it was resolved / withdrawn. */
  closedAfter?: number;
  refunded?: boolean;
  title: string;
}

const INCIDENT_SPECS: readonly IncidentSpec[] = [
  // Fabrikam, on-premises contract (15): 4 consumed, 1 withdrawn and refunded -> 3 used, 12 left.
  {
    n: 1,
    org: "fabrikam",
    by: U.fabrikamGlobalAdmin,
    version: V.windowsServer2022,
    plan: "PRODUCT_SUPPORT",
    contract: C.fabrikamOnPremises,
    severity: "B",
    status: "RESOLVED",
    ago: 100,
    closedAfter: 4,
    title: "Cluster node fails to rejoin after patching",
  },
  {
    n: 2,
    org: "fabrikam",
    by: U.fabrikamAdminAgent,
    version: V.sqlServer2022,
    plan: "PRODUCT_SUPPORT",
    contract: C.fabrikamOnPremises,
    customer: CU.fabrikamWoodgroveBank,
    severity: "A",
    status: "IN_PROGRESS",
    ago: 20,
    title: "Availability group failover stalls at customer site",
  },
  {
    n: 3,
    org: "fabrikam",
    by: U.fabrikamGlobalAdmin,
    version: V.sharePointServer2019,
    plan: "PRODUCT_SUPPORT",
    contract: C.fabrikamOnPremises,
    severity: "C",
    status: "OPEN",
    ago: 3,
    title: "Search crawl skips a content source",
  },
  {
    n: 4,
    org: "fabrikam",
    by: U.fabrikamGlobalAdmin,
    version: V.windowsServer2022,
    plan: "PRODUCT_SUPPORT",
    contract: C.fabrikamOnPremises,
    severity: "C",
    status: "WITHDRAWN",
    ago: 30,
    closedAfter: 1,
    refunded: true,
    title: "DNS scavenging question (solved internally)",
  },
  // Fabrikam, cloud 5-pack: 3 consumed -> 2 left.
  {
    n: 5,
    org: "fabrikam",
    by: U.fabrikamGlobalAdmin,
    version: V.azureCurrent,
    plan: "SIGNATURE_CLOUD",
    contract: C.fabrikamCloud,
    severity: "B",
    status: "RESOLVED",
    ago: 90,
    closedAfter: 2,
    title: "VM scale set stuck in updating state",
  },
  {
    n: 6,
    org: "fabrikam",
    by: U.fabrikamAdminAgent,
    version: V.dynamics365Current,
    plan: "SIGNATURE_CLOUD",
    contract: C.fabrikamCloud,
    severity: "C",
    status: "IN_PROGRESS",
    ago: 15,
    title: "Workflow emails not sent after solution import",
  },
  {
    n: 7,
    org: "fabrikam",
    by: U.fabrikamGlobalAdmin,
    version: V.azureCurrent,
    plan: "SIGNATURE_CLOUD",
    contract: C.fabrikamCloud,
    severity: "B",
    status: "OPEN",
    ago: 2,
    title: "Private endpoint DNS resolution fails from on-premises",
  },
  // Fabrikam, plans that consume nothing: CSP plan for a customer's Azure; Microsoft 365.
  {
    n: 8,
    org: "fabrikam",
    by: U.fabrikamAdminAgent,
    version: V.azureCurrent,
    plan: "CLOUD_SOLUTION_PROVIDER",
    contract: null,
    customer: CU.fabrikamWideWorldImporters,
    severity: "B",
    status: "OPEN",
    ago: 5,
    title: "Customer subscription quota increase blocked",
  },
  {
    n: 9,
    org: "fabrikam",
    by: U.fabrikamHelpdesk,
    version: V.microsoft365Current,
    plan: "MICROSOFT_365",
    contract: null,
    severity: "C",
    status: "RESOLVED",
    ago: 40,
    closedAfter: 1,
    title: "Shared mailbox not visible in Outlook",
  },
  // Northwind, on-premises contract (10): all 10 used, none left.
  ...(
    [
      [V.windowsServer2022, "RESOLVED", 110, "Print spooler service crashes", "C"],
      [V.sqlServer2022, "RESOLVED", 98, "Backup to URL fails with 403", "B"],
      [V.windowsServer2022, "RESOLVED", 85, "Slow logons on RDS host", "B"],
      [V.exchangeServer2019, "RESOLVED", 70, "Mail queue grows after certificate renewal", "A"],
      [V.sharePointServer2019, "RESOLVED", 55, "User profile sync errors", "C"],
      [V.sqlServer2022, "IN_PROGRESS", 30, "Query plan regression after CU", "B"],
      [V.windowsServer2022, "IN_PROGRESS", 21, "Storage Spaces Direct degraded", "A"],
      [V.exchangeServer2019, "OPEN", 10, "Hybrid free/busy lookups fail", "C"],
      [V.sqlServer2022, "OPEN", 7, "Replication agent job fails intermittently", "C"],
      [V.windowsServer2022, "OPEN", 4, "Group Policy not applied to new OU", "C"],
    ] as const
  ).map(
    ([version, status, ago, title, severity], index): IncidentSpec => ({
      n: 10 + index,
      org: "northwind",
      by: U.northwindGlobalAdmin,
      version,
      plan: "PRODUCT_SUPPORT",
      contract: C.northwindOnPremises,
      severity,
      status,
      ago,
      ...(status === "RESOLVED" ? { closedAfter: 6 } : {}),
      title,
    }),
  ),
];

/** The demo incidents, numbered 1..19 (new incidents draw from the sequence, from 1001). */
function demoIncidents(today: IsoDate): (NewIncident & { id: string; supportContractId: string | null })[] {
  return INCIDENT_SPECS.map((spec) => {
    const createdOn = addDays(today, -spec.ago);
    const closedAt = spec.closedAfter === undefined ? null : at(addDays(createdOn, spec.closedAfter), "16:30");
    return {
      id: `80000000-0000-4000-8000-${String(spec.n).padStart(12, "0")}`,
      number: spec.n,
      organizationId: O[spec.org],
      customerId: spec.customer ?? null,
      productVersionId: spec.version,
      planKind: spec.plan,
      supportContractId: spec.contract,
      consumed: spec.contract !== null,
      severity: spec.severity,
      status: spec.status,
      title: spec.title,
      description: `${spec.title}. (Demo data.)`,
      contactName: spec.by.displayName,
      contactEmail: spec.by.email,
      contactPhone: null,
      createdBy: spec.by.id,
      refunded: spec.refunded ?? false,
      createdAt: at(createdOn),
      updatedAt: closedAt ?? at(createdOn),
      resolvedAt: spec.status === "RESOLVED" ? closedAt : null,
      withdrawnAt: spec.status === "WITHDRAWN" ? closedAt : null,
    };
  });
}
