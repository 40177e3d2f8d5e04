import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({
  simpleResolvers: true,
  description:
    "Maximum lengths of free-text inputs, in Unicode code points (an emoji counts as one), so a client can check a form before sending it.",
})
export class InputLimits {
  @Field(() => Int, { description: "`CreateSupportIncidentInput.title`." })
  incidentTitle!: number;

  @Field(() => Int, { description: "`CreateSupportIncidentInput.description`." })
  incidentDescription!: number;

  @Field(() => Int, { description: "`IncidentContactInput.name`." })
  contactName!: number;

  @Field(() => Int, { description: "`IncidentContactInput.email`." })
  contactEmail!: number;

  @Field(() => Int, { description: "`IncidentContactInput.phone`." })
  contactPhone!: number;

  @Field(() => Int, { description: "`AddSupportIncidentNoteInput.body`." })
  incidentNote!: number;

  @Field(() => Int, { description: "`SupportIncidentFilter.query`." })
  incidentSearchQuery!: number;
}
