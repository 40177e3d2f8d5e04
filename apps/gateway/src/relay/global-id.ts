import { badInput } from "../errors";

/** Node types that have global IDs. The type name is part of the ID so `node(id)` knows where to look. */
export const NodeType = {
  Organization: "Organization",
  User: "User",
  MembershipOffer: "MembershipOffer",
  SupportContract: "SupportContract",
  Product: "Product",
  ProductVersion: "ProductVersion",
  SupportIncident: "SupportIncident",
  CspCustomer: "CspCustomer",
  TpdEngagement: "TpdEngagement",
  AuditEntry: "AuditEntry",
} as const;
export type NodeType = (typeof NodeType)[keyof typeof NodeType];

const NODE_TYPES = new Set<string>(Object.values(NodeType));

/** Opaque global ID: base64url of `Type:localId`. Clients must not parse it. */
export function toGlobalId(type: NodeType, localId: string | number): string {
  let recent = recentIds[type];
  if (!recent) {
    recent = { current: new Map(), previous: new Map() };
    recentIds[type] = recent;
  }
  let id = recent.current.get(localId);
  if (id === undefined) {
    id = recent.previous.get(localId) ?? Buffer.from(`${type}:${localId}`, "utf8").toString("base64url");
    if (recent.current.size >= RECENT_IDS_PER_GENERATION) {
      recent.previous = recent.current;
      recent.current = new Map();
    }
    recent.current.set(localId, id);
  }
  return id;
}

/**
 * The IDs made lately, per type: a page of incidents repeats the same versions, creators and
 * organizations, and pages are read again and again. Encoding each (a Buffer, then its text) was
 * 5% of the bytes a 50-incident dashboard allocated. Two generations of at most this many bound it
 * (about 0.5 MB per type at most); an ID used in the last generation moves to the current one.
 */
const RECENT_IDS_PER_GENERATION = 2_000;
const recentIds: Partial<Record<NodeType, { current: Map<string | number, string>; previous: Map<string | number, string> }>> = {};

/** Decodes a global ID; anything that is not one of ours is BAD_USER_INPUT (never a crash). */
export function fromGlobalId(globalId: string): { type: NodeType; id: string } {
  const decoded = globalId.length <= 200 ? Buffer.from(globalId, "base64url").toString("utf8") : "";
  const separator = decoded.indexOf(":");
  const type = decoded.slice(0, separator);
  const id = decoded.slice(separator + 1);
  if (separator <= 0 || !NODE_TYPES.has(type) || id.length === 0) throw badInput(`"${globalId.slice(0, 64)}" is not a valid ID`);
  return { type: type as NodeType, id };
}

/** Decodes a global ID that must be of one type. */
export function expectGlobalId(globalId: string, type: NodeType, field = "id"): string {
  const decoded = fromGlobalId(globalId);
  if (decoded.type !== type) throw badInput(`Expected an ID of a ${type} in "${field}"`, field);
  return decoded.id;
}
