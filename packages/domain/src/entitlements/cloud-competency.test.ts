import { describe, expect, it } from "vitest";
import { CLOUD_COMPETENCIES } from "../vocabulary";
import { cloudCompetencyOf, isCloudCompetency } from "./cloud-competency";

describe("cloudCompetencyOf", () => {
  it.each(CLOUD_COMPETENCIES.map((name) => [name]))("%s is a cloud competency", (name) => {
    expect(cloudCompetencyOf(name)).toBe(name);
  });

  it.each([
    ["cloud platform", "Cloud Platform"],
    ["  SECURITY ", "Security"],
    ["small and midmarket cloud solutions", "Small and Midmarket Cloud Solutions"],
  ])("matches %j case-insensitively as %s", (input, expected) => {
    expect(cloudCompetencyOf(input)).toBe(expected);
  });

  it.each([["Data Platform"], ["Data Analytics"], ["Cloud"], ["Platform"], ["Cloud Platforms"], [""], [null], [undefined]])(
    "%j is not a cloud competency",
    (input) => {
      expect(cloudCompetencyOf(input)).toBeNull();
      expect(isCloudCompetency(input)).toBe(false);
    },
  );
});
