import { INCIDENT_FIELD_LIMITS } from "@support-hub/domain";
import { Query, Resolver } from "type-graphql";
import { InputLimits } from "./input-limits.type";

/** The domain's field limits, served so that clients do not copy them. */
@Resolver()
export class InputLimitsResolver {
  @Query(() => InputLimits, { description: "Maximum lengths of free-text inputs, in code points. Needs no sign-in." })
  inputLimits(): InputLimits {
    return {
      incidentTitle: INCIDENT_FIELD_LIMITS.title,
      incidentDescription: INCIDENT_FIELD_LIMITS.description,
      contactName: INCIDENT_FIELD_LIMITS.contactName,
      contactEmail: INCIDENT_FIELD_LIMITS.contactEmail,
      contactPhone: INCIDENT_FIELD_LIMITS.contactPhone,
      incidentNote: INCIDENT_FIELD_LIMITS.note,
      incidentSearchQuery: INCIDENT_FIELD_LIMITS.searchQuery,
    };
  }
}
