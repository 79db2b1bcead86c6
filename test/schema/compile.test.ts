import { describe, expect, it } from "vitest";
import { inlineRefs } from "../../src/schema/compile.js";

const ref = (name: string) => `#/components/schemas/${name}`;

describe("inlineRefs: each kind's schema without references, for one validator function", () => {
  it("puts the component in place of its $ref, through nested refs, keeping the ref's own annotations", () => {
    const components = {
      Id: { type: "string", description: "an id" },
      Origin: { type: "object", properties: { id: { $ref: ref("Id") } } },
      Pool: { type: "object", properties: { origins: { type: "array", items: { $ref: ref("Origin"), description: "one origin" } } } },
    };
    expect(inlineRefs(components).Pool).toEqual({
      type: "object",
      properties: {
        origins: {
          type: "array",
          items: { type: "object", properties: { id: { type: "string", description: "an id" } }, description: "one origin" },
        },
      },
    });
  });

  it("refuses a component that refers back to itself, directly or through another", () => {
    expect(() => inlineRefs({ Rule: { properties: { rules: { items: { $ref: ref("Rule") } } } } })).toThrow("Rule -> Rule refers back to itself");
    expect(() => inlineRefs({ A: { items: { $ref: ref("B") } }, B: { items: { $ref: ref("A") } } })).toThrow("A -> B -> A refers back to itself");
  });

  it("refuses a ref that names no component, rather than dropping its constraints", () => {
    expect(() => inlineRefs({ Pool: { $ref: ref("Missing") } })).toThrow('"$ref": "#/components/schemas/Missing" names no component');
    expect(() => inlineRefs({ Pool: { $ref: "other.json#/Pool" } })).toThrow("names no component");
  });
});
