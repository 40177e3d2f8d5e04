import { type Executor, pageLimit } from "@support-hub/db";
import { isOutsideAccount } from "@support-hub/domain";
import { toPage } from "../relay/connection";
import { decodeCursor } from "../relay/cursor";
import { toUser } from "../users/user.mapper";
import type { LinkedAccountConnection } from "./linked-accounts.type";

/**
 * One page of the accounts linked to a contract, oldest link first; keyset on (linked_at, user_id)
 * so a page costs the same wherever it sits. Two statements: the page (one more row than asked,
 * to know whether another follows) and the count.
 */
export async function loadLinkedAccountsPage(
  db: Executor,
  contract: { localId: string; organizationLocalId: string },
  page: { first: number; after: string | null },
): Promise<LinkedAccountConnection> {
  let query = db
    .selectFrom("contractLinks")
    .innerJoin("users", "users.id", "contractLinks.userId")
    .select([
      "contractLinks.userId",
      "contractLinks.linkedAt",
      "users.id",
      "users.email",
      "users.displayName",
      "users.accountKind",
      "users.organizationId",
      "users.mpnAssociated",
      "users.cspAssociated",
      "users.deletedAt",
    ])
    .where("contractLinks.supportContractId", "=", contract.localId);
  // An empty `after` is no cursor, as in every other connection.
  const position = page.after ? decodeCursor(page.after) : null;
  if (position) {
    const linkedAt = new Date(String(position.value));
    query = query.where((eb) =>
      eb.or([
        eb("contractLinks.linkedAt", ">", linkedAt),
        eb.and([eb("contractLinks.linkedAt", "=", linkedAt), eb("contractLinks.userId", ">", position.id)]),
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    query.orderBy("contractLinks.linkedAt").orderBy("contractLinks.userId").limit(pageLimit(page.first)).execute(),
    db
      .selectFrom("contractLinks")
      .select((eb) => eb.fn.countAll<string>().as("count"))
      .where("supportContractId", "=", contract.localId)
      .executeTakeFirstOrThrow(),
  ]);
  const connection = toPage(rows, {
    first: page.first,
    after: position,
    cursorOf: (row) => ({ value: row.linkedAt.toISOString(), id: row.userId }),
    toNode: (row) => ({
      user: row.deletedAt ? null : toUser(row),
      accountKind: row.accountKind,
      isOutsideOrganization: isOutsideAccount(row, contract.organizationLocalId),
      linkedAt: row.linkedAt,
    }),
  });
  return { ...connection, totalCount: Number(count.count) };
}
