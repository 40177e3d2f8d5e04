import { validateProductVersionDraft } from "@support-hub/domain";
import { type MutationOutcome, runMutation } from "../common/run-mutation";
import { inputFieldErrors, type UserError, userError } from "../common/user-error.type";
import type { GatewayContext } from "../context";
import { notFound } from "../errors";
import { isUuid } from "../users/user.queries";
import type { AddProductVersionInput, AddProductVersionPayload } from "./product.inputs";
import { toProductVersion } from "./product.mapper";

/**
 * The addProductVersion mutation for the product `productId` (a local id, decoded from the
 * input): the domain validates the version against the product's family and its other
 * versions (`validateProductVersionDraft`); an unknown product is NOT_FOUND.
 */
export async function addProductVersion(
  ctx: GatewayContext,
  productId: string,
  input: AddProductVersionInput,
): Promise<AddProductVersionPayload> {
  if (!isUuid(productId)) throw notFound("Product");
  return runMutation<AddProductVersionPayload>(ctx, { action: "addProductVersion", targetType: "productVersion" }, async (trx) => {
    // Locking the product serializes concurrent additions, so the duplicate check holds.
    const product = await trx.selectFrom("products").selectAll().where("id", "=", productId).forUpdate().executeTakeFirst();
    if (!product) throw notFound("Product");
    const existing = await trx.selectFrom("productVersions").select("name").where("productId", "=", productId).execute();
    const refuse = (errors: UserError[]): MutationOutcome<AddProductVersionPayload> => ({
      ok: false,
      payload: { productVersion: null, userErrors: errors },
      organizationId: null,
      targetId: null,
      detail: { productId, name: input.name.slice(0, 100) },
    });
    const checked = validateProductVersionDraft(
      {
        name: input.name,
        releasedOn: input.releasedOn,
        mainstreamEndOn: input.mainstreamEndOn ?? null,
        extendedEndOn: input.extendedEndOn ?? null,
      },
      { family: product.family, versionNames: existing.map((row) => row.name) },
    );
    if (!checked.ok) return refuse(inputFieldErrors(checked.errors));
    const row = await trx
      .insertInto("productVersions")
      .values({ productId, ...checked.value })
      .onConflict((oc) => oc.columns(["productId", "name"]).doNothing())
      .returningAll()
      .executeTakeFirst();
    // A concurrent addition of the same name won the unique index.
    if (!row) return refuse([userError("DUPLICATE_VERSION_NAME", ["input", "name"])]);
    return {
      ok: true,
      payload: { productVersion: toProductVersion(row), userErrors: [] },
      organizationId: null,
      targetId: row.id,
      detail: { productId, name: row.name },
    };
  });
}
