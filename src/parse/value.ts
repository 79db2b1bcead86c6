/** Whether a parsed value is an object (a JSON object, a YAML mapping, an HCL block body): not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
