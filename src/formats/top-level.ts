/** What a document's top level holds, for a converter's refusal: its first keys, or what its list holds. */
export function topLevelOf(json: unknown): string {
  const keys = (value: object) => {
    const names = Object.keys(value);
    if (!names.length) return 'no keys';
    const shown = names.slice(0, 8).map((name) => JSON.stringify(name.slice(0, 40)));
    return `keys ${shown.join(', ')}${names.length > 8 ? ` and ${names.length - 8} more` : ''}`;
  };
  if (Array.isArray(json)) {
    const first: unknown = json[0];
    if (!json.length) return 'an empty list';
    return `a list of ${json.length} item(s), the first ${typeof first === 'object' && first !== null && !Array.isArray(first) ? `with ${keys(first)}` : `a ${Array.isArray(first) ? 'list' : typeof first}`}`;
  }
  return typeof json === 'object' && json !== null ? `an object with ${keys(json)}` : `a ${typeof json}`;
}
