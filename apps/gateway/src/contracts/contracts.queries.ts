import type { SupportContract as ContractRow, Executor } from "@support-hub/db";

/** The support contracts of some organizations, in the order they are shown: on-premises first, then by start. */
export function selectContractsOfOrganizations(db: Executor, organizationIds: readonly string[]): Promise<ContractRow[]> {
  if (organizationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("supportContracts")
    .selectAll()
    .where("organizationId", "in", organizationIds)
    .orderBy("kind", "desc")
    .orderBy("startsOn")
    .orderBy("id")
    .execute();
}
