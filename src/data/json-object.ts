/** A JSON object: not null, not an array. Feeds, their items and JSON-LD nodes are read from these. */
export const isJsonObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
