import type { AccountKind, Role } from "@support-hub/domain";
import type { ColumnType, Insertable, Selectable, Updateable } from "kysely";
import type { CreatedAt, NullableTimestamp, UuidPk } from "./column-types";

/** `users`: an account (AAD work account or personal MSA). */
export interface UserTable {
  id: UuidPk;
  /** Unique, stored lowercased (a CHECK refuses anything else). */
  email: string;
  displayName: string;
  accountKind: AccountKind;
  /** Null only for an MSA account outside any organization (CHECK: AAD accounts have one). */
  organizationId: string | null;
  /** Program-associated (may use the benefits page). */
  mpnAssociated: ColumnType<boolean, boolean | undefined, boolean>;
  /** CSP-associated. */
  cspAssociated: ColumnType<boolean, boolean | undefined, boolean>;
  deletedAt: NullableTimestamp;
  createdAt: CreatedAt;
}
export type User = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type UserUpdate = Updateable<UserTable>;

/** `user_roles`: the roles a user holds, one row per role. */
export interface UserRoleTable {
  userId: string;
  role: Role;
  grantedAt: CreatedAt;
}
export type UserRole = Selectable<UserRoleTable>;
export type NewUserRole = Insertable<UserRoleTable>;
