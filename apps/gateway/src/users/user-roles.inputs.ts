import { Role } from "@support-hub/domain";
import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "Grant a role to a user of your organization (any organization for the platform operator)." })
export class AssignUserRoleInput {
  @Field(() => ID, { description: "The user who receives the role." })
  userId!: string;

  @Field(() => Role, {
    description: "The role to grant. SUPPORT_OPERATOR: platform operator only; GLOBAL_ADMIN: a Global Admin or the operator.",
  })
  role!: Role;
}

@InputType({ description: "Remove a role from a user of your organization (any organization for the platform operator)." })
export class RemoveUserRoleInput {
  @Field(() => ID, { description: "The user who loses the role." })
  userId!: string;

  @Field(() => Role, {
    description:
      "The role to remove. SUPPORT_OPERATOR: platform operator only; GLOBAL_ADMIN: a Global Admin or the operator, never from the organization's last Global Admin.",
  })
  role!: Role;
}
