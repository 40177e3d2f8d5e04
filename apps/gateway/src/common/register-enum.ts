import { registerEnumType } from "type-graphql";

/** One description per value: a value added to the enum without one is a compile error. */
export type EnumValueDescriptions<E extends Record<string, string>> = { [K in keyof E]: string };

/** Registers a GraphQL enum with a description for the type and for every value. */
export function registerDescribedEnum<E extends Record<string, string>>(
  values: E,
  name: string,
  description: string,
  docs: EnumValueDescriptions<E>,
): void {
  registerEnumType(values, {
    name,
    description,
    valuesConfig: Object.fromEntries(Object.keys(values).map((key) => [key, { description: docs[key as keyof E] }])) as Partial<
      Record<keyof E, { description: string }>
    >,
  });
}
