import type { GatewayContext } from "../context";
import { toUser } from "./user.mapper";
import type { User } from "./user.type";

/**
 * The account that did something (opened an incident, activated benefits, requested hours), or
 * null when it was deleted: every "who did it" field is nullable, so a missing account blanks one
 * field and never the page around it.
 */
export async function loadActor(ctx: GatewayContext, userLocalId: string | null): Promise<User | null> {
  if (!userLocalId) return null;
  const row = await ctx.loaders.user.load(userLocalId);
  return row && !row.deletedAt ? toUser(row) : null;
}
