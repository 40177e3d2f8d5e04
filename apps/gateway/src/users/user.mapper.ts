import type { User as UserRow } from "@support-hub/db";
import { NodeType, toGlobalId } from "../relay/global-id";
import type { User } from "./user.type";

type UserFields = Pick<UserRow, "id" | "email" | "displayName" | "accountKind" | "organizationId" | "mpnAssociated" | "cspAssociated">;

export function toUser(row: UserFields): User {
  return {
    id: toGlobalId(NodeType.User, row.id),
    localId: row.id,
    organizationLocalId: row.organizationId,
    email: row.email,
    displayName: row.displayName,
    accountKind: row.accountKind,
    isMpnAssociated: row.mpnAssociated,
    isCspAssociated: row.cspAssociated,
  };
}
