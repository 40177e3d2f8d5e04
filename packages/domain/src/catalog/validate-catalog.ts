import { USER_ERROR_MESSAGES, UserErrorCode } from "../errors/user-error-code";
import { type IsoDate, ProductFamily } from "../vocabulary";
import { codePointLength } from "../text/code-point-length";

/** Why a product or product version proposed by the operator is refused. */
export const CatalogValidationCode = {
  FIELD_REQUIRED: UserErrorCode.FIELD_REQUIRED,
  FIELD_TOO_LONG: UserErrorCode.FIELD_TOO_LONG,
  INVALID_INPUT: UserErrorCode.INVALID_INPUT,
  DUPLICATE_VERSION_NAME: UserErrorCode.DUPLICATE_VERSION_NAME,
} as const;
/** A value of {@link CatalogValidationCode}. */
export type CatalogValidationCode = (typeof CatalogValidationCode)[keyof typeof CatalogValidationCode];

/** One invalid field of a catalog draft (`field` is the input field name). */
export interface CatalogFieldError {
  field: string;
  code: CatalogValidationCode;
  message: string;
}

/** Maximum lengths (in characters, after trimming) of catalog text fields. */
export const CATALOG_FIELD_LIMITS = { productKey: 64, productName: 200, versionName: 100 } as const;

/** A product as the operator enters it. */
export interface ProductDraft {
  key: string;
  name: string;
  family: ProductFamily;
  isMicrosoft365: boolean;
  cspEligible: boolean;
}

/** The product being replaced (same key), if any. */
export interface ExistingProduct {
  family: ProductFamily;
  versionCount: number;
}

/** Either the normalized draft or every field error at once. */
export type CatalogValidation<T> = { ok: true; value: T } | { ok: false; errors: CatalogFieldError[] };

const PRODUCT_KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function error(field: string, code: CatalogValidationCode, message: string = USER_ERROR_MESSAGES[code]): CatalogFieldError {
  return { field, code, message };
}

function checkText(field: string, value: string, max: number, errors: CatalogFieldError[]): void {
  if (value.length === 0) errors.push(error(field, CatalogValidationCode.FIELD_REQUIRED));
  else if (codePointLength(value) > max) errors.push(error(field, CatalogValidationCode.FIELD_TOO_LONG, `At most ${max} characters`));
}

/**
 * Validate a product for the catalog (create or replace by key): key is a lowercase slug
 * (`windows-server`), name required; the Microsoft 365 and Cloud Solution Provider flags only
 * make sense for CLOUD products; the family of a product that already has versions cannot change
 * (its versions' lifecycle dates and past incidents depend on it).
 */
export function validateProductDraft(draft: ProductDraft, existing: ExistingProduct | null = null): CatalogValidation<ProductDraft> {
  const errors: CatalogFieldError[] = [];
  const key = draft.key.trim();
  const name = draft.name.trim();
  checkText("key", key, CATALOG_FIELD_LIMITS.productKey, errors);
  if (key.length > 0 && codePointLength(key) <= CATALOG_FIELD_LIMITS.productKey && !PRODUCT_KEY.test(key)) {
    errors.push(error("key", CatalogValidationCode.INVALID_INPUT, "Use lowercase letters, digits and single hyphens, e.g. windows-server"));
  }
  checkText("name", name, CATALOG_FIELD_LIMITS.productName, errors);
  if (draft.family !== ProductFamily.CLOUD) {
    if (draft.isMicrosoft365) {
      errors.push(error("isMicrosoft365", CatalogValidationCode.INVALID_INPUT, "Only a cloud product can be Microsoft 365"));
    }
    if (draft.cspEligible) {
      errors.push(
        error("cspEligible", CatalogValidationCode.INVALID_INPUT, "Only a cloud product can use the Cloud Solution Provider plan"),
      );
    }
  }
  if (existing && existing.versionCount > 0 && existing.family !== draft.family) {
    errors.push(error("family", CatalogValidationCode.INVALID_INPUT, "The family of a product that has versions cannot change"));
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { ...draft, key, name } };
}

/** A version as the operator enters it. */
export interface ProductVersionDraft {
  name: string;
  releasedOn: IsoDate;
  mainstreamEndOn: IsoDate | null;
  extendedEndOn: IsoDate | null;
}

/**
 * Validate a new version of a product: name required and unique within the product (compared
 * case-insensitively after trimming); on-premises versions need both lifecycle dates (coverage
 * reads the mainstream end); the mainstream end comes after the release and the extended end on
 * or after the mainstream end (or the release when there is no mainstream end).
 */
export function validateProductVersionDraft(
  draft: ProductVersionDraft,
  product: { family: ProductFamily; versionNames: readonly string[] },
): CatalogValidation<ProductVersionDraft> {
  const errors: CatalogFieldError[] = [];
  const name = draft.name.trim();
  checkText("name", name, CATALOG_FIELD_LIMITS.versionName, errors);
  const taken = new Set(product.versionNames.map((existing) => existing.trim().toLowerCase()));
  if (name.length > 0 && taken.has(name.toLowerCase())) {
    errors.push(error("name", CatalogValidationCode.DUPLICATE_VERSION_NAME));
  }
  const { releasedOn, mainstreamEndOn, extendedEndOn } = draft;
  if (product.family === ProductFamily.ON_PREMISES) {
    if (mainstreamEndOn === null) errors.push(error("mainstreamEndOn", CatalogValidationCode.FIELD_REQUIRED));
    if (extendedEndOn === null) errors.push(error("extendedEndOn", CatalogValidationCode.FIELD_REQUIRED));
  }
  if (mainstreamEndOn !== null && mainstreamEndOn <= releasedOn) {
    errors.push(error("mainstreamEndOn", CatalogValidationCode.INVALID_INPUT, "Mainstream support must end after the release date"));
  }
  const extendedFloor = mainstreamEndOn !== null && mainstreamEndOn > releasedOn ? mainstreamEndOn : releasedOn;
  if (extendedEndOn !== null && extendedEndOn < extendedFloor) {
    errors.push(
      error(
        "extendedEndOn",
        CatalogValidationCode.INVALID_INPUT,
        mainstreamEndOn !== null
          ? "Extended support cannot end before mainstream support"
          : "Extended support cannot end before the release date",
      ),
    );
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { ...draft, name } };
}
