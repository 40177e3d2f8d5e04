import { Field, ObjectType } from "type-graphql";
import { UserError } from "../common/user-error.type";
import { User } from "./user.type";

@ObjectType({ simpleResolvers: true, description: "Result of `assignUserRole`." })
export class AssignUserRolePayload {
  @Field(() => User, { nullable: true, description: "The user with its roles after the change; null when refused." })
  user!: User | null;

  @Field(() => [UserError], {
    description: "Why the role was not granted (ROLE_NOT_ASSIGNABLE, CANNOT_CHANGE_OWN_ROLES); empty on success.",
  })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "Result of `removeUserRole`." })
export class RemoveUserRolePayload {
  @Field(() => User, { nullable: true, description: "The user with its roles after the change; null when refused." })
  user!: User | null;

  @Field(() => [UserError], {
    description: "Why the role was not removed (ROLE_NOT_ASSIGNABLE, CANNOT_CHANGE_OWN_ROLES, LAST_GLOBAL_ADMIN); empty on success.",
  })
  userErrors!: UserError[];
}
