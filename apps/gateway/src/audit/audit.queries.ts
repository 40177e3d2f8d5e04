import { isOrganizationAdmin } from "@support-hub/domain";
import { pageLimit } from "@support-hub/db";
import type { GatewayContext, Viewer } from "../context";
import { badInput } from "../errors";
import { doNotCache } from "../performance/response-cache";
import { sharedRows } from "../performance/shared-statements";
import { isOperator } from "../common/tenant";
import { decodeCursor, encodeCursor } from "../relay/cursor";
import { expectGlobalId, NodeType } from "../relay/global-id";
import { isUuid } from "../users/user.queries";
import type { AuditLogFilter } from "./audit.inputs";
import { toAuditEntry } from "./audit.mapper";
import type { AuditEntryConnection } from "./audit.type";

/** Who reads an organization's audit log: its own Global Admins, and the operator (every organization). */
export function canReadAuditLog(viewer: Viewer | null, organizationId: string | null): boolean {
  if (!viewer) return false;
  if (isOperator(viewer)) return true;
  return isOrganizationAdmin(viewer, organizationId);
}

export interface AuditPageRequest {
  /** One organization's log, or `undefined` for every entry (operator). */
  organizationId: string | undefined;
  filter: AuditLogFilter | null | undefined;
  /** Already validated against the maximum page size. */
  first: number;
  after: string | null | undefined;
}

/** A page of the audit log, newest first (occurredAt, then id), with keyset pagination. */
export async function loadAuditPage(ctx: GatewayContext, request: AuditPageRequest): Promise<AuditEntryConnection> {
  const { organizationId, filter, first, after } = request;
  let afterId: number | null = null;
  if (after) {
    const position = decodeCursor(after);
    if (!/^\d{1,15}$/.test(position.id)) throw badInput("`after` is not a cursor returned by this connection", "after");
    afterId = Number(position.id);
  }
  let actorId: string | null = null;
  if (filter?.actorId) {
    actorId = expectGlobalId(filter.actorId, NodeType.User, "filter.actorId");
    // A well-formed id of no user simply matches nothing.
    if (!isUuid(actorId)) return emptyPage();
  }

  doNotCache(ctx); // the audit log moves no data version
  let base = ctx.db.selectFrom("auditLog");
  if (organizationId !== undefined) base = base.where("auditLog.organizationId", "=", organizationId);
  if (filter?.action) base = base.where("auditLog.action", "=", filter.action);
  if (filter?.outcome) base = base.where("auditLog.outcome", "=", filter.outcome);
  if (actorId) base = base.where("auditLog.actorUserId", "=", actorId);

  let page = base.selectAll("auditLog");
  if (afterId !== null) {
    const cursorId = afterId;
    // The cursor's own timestamp, read from the row: exact to the microsecond, unlike a JS Date.
    page = page.where((eb) => {
      const cursorAt = eb.selectFrom("auditLog as cursorRow").select("cursorRow.occurredAt").where("cursorRow.id", "=", cursorId);
      return eb.or([
        eb("auditLog.occurredAt", "<", cursorAt),
        eb.and([eb("auditLog.occurredAt", "=", cursorAt), eb("auditLog.id", "<", cursorId)]),
      ]);
    });
  }
  const rows = await sharedRows(ctx, page.orderBy("auditLog.occurredAt", "desc").orderBy("auditLog.id", "desc").limit(pageLimit(first)));
  const edges = rows.slice(0, first).map((row) => ({
    cursor: encodeCursor({ value: row.occurredAt.toISOString(), id: String(row.id) }),
    node: toAuditEntry(row),
  }));
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: afterId !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: 0,
    countAll: async () => {
      const row = await base.select((eb) => eb.fn.countAll<number>().as("count")).executeTakeFirstOrThrow();
      return Number(row.count);
    },
  };
}

function emptyPage(): AuditEntryConnection {
  return {
    edges: [],
    nodes: [],
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    totalCount: 0,
    countAll: async () => 0,
  };
}
