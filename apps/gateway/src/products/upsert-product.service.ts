import { type CatalogFieldError, validateProductDraft } from "@support-hub/domain";
import { type MutationOutcome, runMutation } from "../common/run-mutation";
import { inputFieldErrors } from "../common/user-error.type";
import type { GatewayContext } from "../context";
import type { UpsertProductInput, UpsertProductPayload } from "./product.inputs";
import { toProduct } from "./product.mapper";

/**
 * The upsertProduct mutation: the domain validates the draft (`validateProductDraft`), first
 * alone, then against the stored product (a family change of a product with versions is
 * refused); the product row is locked so the check holds until the write.
 */
export function upsertProduct(ctx: GatewayContext, input: UpsertProductInput): Promise<UpsertProductPayload> {
  return runMutation<UpsertProductPayload>(ctx, { action: "upsertProduct", targetType: "product" }, async (trx) => {
    const refuse = (errors: readonly CatalogFieldError[]): MutationOutcome<UpsertProductPayload> => ({
      ok: false,
      // The domain names the flag `cspEligible`; the input calls it `isCspEligible`.
      payload: {
        product: null,
        wasCreated: null,
        userErrors: inputFieldErrors(errors.map((e) => (e.field === "cspEligible" ? { ...e, field: "isCspEligible" } : e))),
      },
      organizationId: null,
      targetId: null,
      detail: { key: input.key.slice(0, 100) },
    });
    const draft = {
      key: input.key,
      name: input.name,
      family: input.family,
      isMicrosoft365: input.isMicrosoft365 ?? false,
      cspEligible: input.isCspEligible ?? false,
    };
    const first = validateProductDraft(draft);
    if (!first.ok) return refuse(first.errors);
    const existing = await trx
      .selectFrom("products")
      .select(["id", "family"])
      .where("key", "=", first.value.key)
      .forUpdate()
      .executeTakeFirst();
    let versionCount = 0;
    if (existing) {
      const counted = await trx
        .selectFrom("productVersions")
        .select((eb) => eb.fn.countAll<number>().as("count"))
        .where("productId", "=", existing.id)
        .executeTakeFirstOrThrow();
      versionCount = Number(counted.count);
    }
    const checked = validateProductDraft(draft, existing ? { family: existing.family, versionCount } : null);
    if (!checked.ok) return refuse(checked.errors);
    const { key, name, family, isMicrosoft365, cspEligible } = checked.value;
    const values = { name, family, isMicrosoft365, cspPlanEligible: cspEligible };
    let row = existing
      ? undefined
      : await trx
          .insertInto("products")
          .values({ key, ...values })
          .onConflict((oc) => oc.column("key").doNothing())
          .returningAll()
          .executeTakeFirst();
    const created = row !== undefined;
    // Replaced, or created concurrently by another request since we looked: update it.
    row ??= await trx.updateTable("products").set(values).where("key", "=", key).returningAll().executeTakeFirstOrThrow();
    return {
      ok: true,
      payload: { product: toProduct(row), wasCreated: created, userErrors: [] },
      organizationId: null,
      targetId: row.id,
      detail: { key, created },
    };
  });
}
