/**
 * The PostGraphile comparison of `pnpm bench` (PostgreSQL only): the documents that return the
 * same data from both servers, the check that they do, and the meters for CPU per request of a
 * process and of the PostgreSQL cluster, and statements per request from `pg_stat_database`.
 */
import { readFile, readdir } from "node:fs/promises";

/** Our dashboard's data through PostGraphile's generated schema (Amber preset names). */
export const PEER_DASHBOARD = `query Dashboard($org: UUID!, $user: UUID!, $first: Int!) {
  userByRowId(rowId: $user) { rowId displayName email userRolesByUserId { nodes { role } } }
  organizationByRowId(rowId: $org) {
    rowId name cspRelationship
    membershipOffersByOrganizationId { nodes { rowId level competency startsOn endsOn revokedAt } }
    supportContractsByOrganizationId { nodes { rowId kind startsOn endsOn incidentsTotal incidentsRemaining incidentsUsed } }
    incidentsByOrganizationId(first: $first, orderBy: [CREATED_AT_DESC, ROW_ID_DESC]) {
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          rowId number title severity status planKind consumed createdAt
          productVersionByProductVersionId { rowId name }
          userByCreatedBy { rowId displayName }
        }
      }
    }
  }
}`;

/** One incident by id: the gateway through `node(id:)`, PostGraphile through its row fetcher. */
export const GATEWAY_INCIDENT = `query Incident($id: ID!) {
  node(id: $id) {
    ... on SupportIncident { id number title severity status planKind wasConsumed createdAt productVersion { id name } createdBy { id displayName } }
  }
}`;
export const PEER_INCIDENT = `query Incident($id: UUID!) {
  incidentByRowId(rowId: $id) {
    rowId number title severity status planKind consumed createdAt
    productVersionByProductVersionId { rowId name }
    userByCreatedBy { rowId displayName }
  }
}`;

// biome-ignore lint/suspicious/noExplicitAny: both answers are read by shape
type Json = any;

/**
 * Throws unless both dashboards list the same incidents (number, title, status, version, creator)
 * in the same order: the two workloads must serve the same data.
 */
export function assertSameIncidents(gatewayBody: string, peerBody: string): number {
  const ours: Json = JSON.parse(gatewayBody);
  const theirs: Json = JSON.parse(peerBody);
  if (ours.errors || theirs.errors) throw new Error(`dashboard errors: ${JSON.stringify(ours.errors ?? theirs.errors).slice(0, 500)}`);
  const a = ours.data.viewer.organization.incidents.edges.map(({ node }: Json) => [
    Number(String(node.number).replace(/\D/g, "")), // the gateway shows "SR-1001", the table holds 1001
    node.title,
    node.status,
    node.productVersion.name,
    node.createdBy?.displayName,
  ]);
  const b = theirs.data.organizationByRowId.incidentsByOrganizationId.edges.map(({ node }: Json) => [
    Number(node.number),
    node.title,
    node.status,
    node.productVersionByProductVersionId.name,
    node.userByCreatedBy.displayName,
  ]);
  if (a.length === 0 || JSON.stringify(a) !== JSON.stringify(b)) {
    throw new Error(
      `the gateway and PostGraphile disagree on the dashboard's incidents:\n${JSON.stringify(a[0])}\n${JSON.stringify(b[0])}`,
    );
  }
  return a.length;
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** User + system CPU of a process, in ms (`/proc/<pid>/stat` fields 14 and 15). */
export async function processCpuMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/** CPU of the PostgreSQL cluster: the postmaster and all its children (backends, writers). */
export async function clusterCpuMs(postmasterPid: number): Promise<number> {
  // The postmaster's own time plus what its exited children used (cutime/cstime, counted once it
  // reaped them): without it a backend that ends during a run (a pool closing an idle connection)
  // takes its whole life's CPU out of the sum, and a run could show negative PostgreSQL time.
  let total = await readFile(`/proc/${postmasterPid}/stat`, "utf8")
    .then((stat) => {
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      return ((Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) * 1000) / TICKS_PER_SECOND;
    })
    .catch(() => 0);
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[1]) === postmasterPid) total += ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

/** The postmaster of the backend answering `backendPid` (its parent process). */
export async function postmasterOf(backendPid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${backendPid}/status`, "utf8");
    return Number(/PPid:\s+(\d+)/.exec(status)?.[1]) || null;
  } catch {
    return null; // a server on another machine: no PostgreSQL CPU figures
  }
}
