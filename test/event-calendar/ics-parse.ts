/**
 * A small RFC 5545 reader, for tests only: unfolds lines, splits each into name, parameters
 * and value (respecting quoted parameter values), and nests BEGIN/END components. Strict about
 * what our writer must get right: CRLF endings, folded lines, balanced components.
 */

export interface IcsProperty {
  name: string;
  params: Record<string, string>;
  /** Raw value (still escaped); use `unescapeText` for TEXT properties. */
  value: string;
}

export interface IcsComponent {
  name: string;
  properties: IcsProperty[];
  components: IcsComponent[];
}

export class IcsSyntaxError extends Error {}

/** Undoes line folding: CRLF followed by one space or tab continues the previous line. */
export function unfold(text: string): string[] {
  if (/\r(?!\n)|(?<!\r)\n/.test(text)) throw new IcsSyntaxError('line endings must be CRLF');
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line, i, all) => line !== '' || i !== all.length - 1);
}

/** Splits `NAME;P1=a;P2="b;c":value`. */
export function parseLine(line: string): IcsProperty {
  let i = 0;
  const readUntil = (stops: string) => {
    const start = i;
    while (i < line.length && !stops.includes(line[i]!)) i++;
    return line.slice(start, i);
  };
  const name = readUntil(';:').toUpperCase();
  if (!/^[A-Z0-9-]+$/.test(name)) throw new IcsSyntaxError(`bad property name in "${line}"`);
  const params: Record<string, string> = {};
  while (line[i] === ';') {
    i++;
    const key = readUntil('=').toUpperCase();
    i++; // '='
    let value: string;
    if (line[i] === '"') {
      const end = line.indexOf('"', i + 1);
      if (end < 0) throw new IcsSyntaxError(`unclosed quote in "${line}"`);
      value = line.slice(i + 1, end);
      i = end + 1;
    } else {
      value = readUntil(';:');
    }
    params[key] = value;
  }
  if (line[i] !== ':') throw new IcsSyntaxError(`missing ":" in "${line}"`);
  return { name, params, value: line.slice(i + 1) };
}

/** Parses a whole file into its top-level component (VCALENDAR). */
export function parseIcs(text: string): IcsComponent {
  const stack: IcsComponent[] = [];
  let root: IcsComponent | undefined;
  for (const line of unfold(text)) {
    const prop = parseLine(line);
    if (prop.name === 'BEGIN') {
      const component: IcsComponent = { name: prop.value.toUpperCase(), properties: [], components: [] };
      stack[stack.length - 1]?.components.push(component);
      stack.push(component);
      root ??= component;
    } else if (prop.name === 'END') {
      const open = stack.pop();
      if (!open || open.name !== prop.value.toUpperCase()) throw new IcsSyntaxError(`END:${prop.value} does not match`);
    } else {
      const current = stack[stack.length - 1];
      if (!current) throw new IcsSyntaxError(`property outside a component: ${line}`);
      current.properties.push(prop);
    }
  }
  if (!root || stack.length) throw new IcsSyntaxError('unbalanced BEGIN/END');
  return root;
}

/** Undoes TEXT escaping: `\\n` → newline, `\\,` `\\;` `\\\\`. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** The first property with a name, or undefined. */
export function prop(component: IcsComponent, name: string): IcsProperty | undefined {
  return component.properties.find((p) => p.name === name);
}

/** All properties with a name. */
export function props(component: IcsComponent, name: string): IcsProperty[] {
  return component.properties.filter((p) => p.name === name);
}

/** Child components with a name. */
export function children(component: IcsComponent, name: string): IcsComponent[] {
  return component.components.filter((c) => c.name === name);
}

/** `FREQ=WEEKLY;BYDAY=WE` → `{ FREQ: 'WEEKLY', BYDAY: 'WE' }`. */
export function parseRrule(value: string): Record<string, string> {
  return Object.fromEntries(value.split(';').map((part) => part.split('=') as [string, string]));
}

/** Octet length of each physical line, for the 75-octet folding rule. */
export function physicalLineOctets(text: string): number[] {
  const encoder = new TextEncoder();
  return text
    .split('\r\n')
    .filter(Boolean)
    .map((line) => encoder.encode(line).length);
}
