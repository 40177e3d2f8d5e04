import { Role } from "@support-hub/domain";
import { Field, ObjectType } from "type-graphql";

@ObjectType({
  simpleResolvers: true,
  description: "What you may do, computed from the same rules the API enforces: show only what will be allowed.",
})
export class ViewerPermissions {
  @Field(() => Boolean, {
    description: "You act for an organization of the program (not the platform operator): its offers, activation, presales and deployment.",
  })
  canActForOrganization!: boolean;

  @Field(() => Boolean, { description: "You read and manage every organization (the platform operator), not only your own." })
  canReadAllOrganizations!: boolean;

  @Field(() => Boolean, { description: "You may link a support contract to your account (`linkSupportContract`)." })
  canLinkContracts!: boolean;

  @Field(() => Boolean, { description: "You may maintain the product catalog and grant membership offers (the platform operator)." })
  canManageCatalog!: boolean;

  @Field(() => Boolean, { description: "You may assign and remove other users' roles (`assignUserRole`, `removeUserRole`)." })
  canManageRoles!: boolean;

  @Field(() => Boolean, {
    description:
      "You may list, unlink and rotate the accounts linked to your own organization's support contracts " +
      "(`SupportContract.linkedAccounts`, `unlinkSupportContractAccount`, `rotateAccessId`): a program-associated Global Admin or " +
      "MPN Partner Admin. False for the operator, who names the organization instead.",
  })
  canManageLinkedAccounts!: boolean;

  @Field(() => Boolean, {
    description:
      "You may read the audit log (`Organization.auditLog`): a Global Admin its organization's, the operator every organization's.",
  })
  canReadAuditLog!: boolean;

  @Field(() => [Role], { description: "The roles you may give another user, in the enum's order; empty when you manage no roles." })
  assignableRoles!: Role[];
}
