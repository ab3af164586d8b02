/**
 * Joining a place's address lines, as both converters read them. Publishers leave the separators of
 * an address they split in the lines themselves (OpenActive's examples write `streetAddress` as
 * ", Long Eaton"), so each line is trimmed of commas at its ends before the lines are joined: never
 * "Trent College, , Long Eaton". A line that is only a comma, or repeats one before it, is left out.
 */
export function joinAddressLines(lines: readonly (string | undefined)[]): string {
  const kept: string[] = [];
  for (const line of lines) {
    const trimmed = line?.replace(/^[\s,]+|[\s,]+$/g, '');
    if (trimmed && !kept.some((k) => k.toLowerCase() === trimmed.toLowerCase())) kept.push(trimmed);
  }
  return kept.join(', ');
}
