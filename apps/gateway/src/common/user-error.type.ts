import { USER_ERROR_MESSAGES, UserErrorCode } from "@support-hub/domain";
import { Field, ObjectType } from "type-graphql";
import { registerDescribedEnum } from "./register-enum";

registerDescribedEnum(
  UserErrorCode,
  "UserErrorCode",
  "Why a mutation was refused. Closed set, straight from the business rules.",
  USER_ERROR_MESSAGES,
);

@ObjectType({ simpleResolvers: true, description: "A business refusal or invalid input in a mutation. Nothing was changed." })
export class UserError {
  @Field(() => UserErrorCode, { description: "Machine-readable reason." })
  code!: UserErrorCode;

  @Field(() => [String], {
    nullable: true,
    description: 'Path to the input field at fault (e.g. ["input", "title"]), or null for the whole input.',
  })
  field!: string[] | null;

  @Field(() => String, { description: "Human-readable explanation, safe to show to the user." })
  message!: string;
}

/** Builds a UserError with the domain's default message unless a more specific one is given. */
export function userError(code: UserErrorCode, field: string[] | null = null, message?: string): UserError {
  return { code, field, message: message ?? USER_ERROR_MESSAGES[code] };
}

/** The domain's field errors as userErrors on `input.<field>` (a dotted field is a nested path). */
export function inputFieldErrors(errors: readonly { field: string; code: UserErrorCode; message: string }[]): UserError[] {
  return errors.map((error) => userError(error.code, ["input", ...error.field.split(".")], error.message));
}
