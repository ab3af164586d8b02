/**
 * custom-elements.json, as editors, Storybook and a site's type tooling read it: every `pc-*`
 * event an element fires is listed with its class, and that class's `detail` with the public
 * detail type, so a site can find what `event.detail` holds without reading the source.
 * `npm run build` (or `npm run analyze`) writes the manifest first.
 */
import { expect } from '@open-wc/testing';

interface Type {
  text: string;
  references?: { name: string; module?: string }[];
}
interface Member {
  kind: string;
  name: string;
  type?: Type;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  members?: Member[];
  events?: { name?: string; type?: Type }[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

async function manifest(): Promise<Manifest> {
  const response = await fetch('/custom-elements.json');
  expect(response.ok, 'custom-elements.json is missing: run npm run build (npm test does)').to.equal(true);
  return (await response.json()) as Manifest;
}

describe('custom-elements.json', () => {
  it('lists every event of every element with its event class and the class’s detail type', async () => {
    const { modules } = await manifest();
    const declarations = modules.flatMap((module) => module.declarations ?? []);
    const classes = new Map(declarations.filter((d) => d.kind === 'class').map((d) => [d.name, d]));
    const elements = declarations.filter((d) => d.tagName);
    expect(elements.map((d) => d.tagName)).to.include('pc-service-finder');
    const checked: string[] = [];
    for (const element of elements) {
      for (const event of element.events ?? []) {
        const where = `${element.tagName} ${event.name ?? '(an event with no name)'}`;
        expect(event.name, `${where}: named`).to.match(/^pc-[a-z-]+$/);
        const type = event.type?.text;
        expect(type, `${where}: its type`).to.match(/^Pc[A-Za-z]+Event$/);
        expect(event.type!.references?.[0]?.name, `${where}: its type links to its class`).to.equal(type);
        const detail = classes.get(type!)?.members?.find((member) => member.name === 'detail');
        expect(detail, `${where}: ${type} is in the manifest with a detail`).to.exist;
        // A public type by name (SearchDetail, OccurrenceSummary…), never the base class's type parameter.
        expect(detail!.type?.text, `${where}: ${type}'s detail type`).to.match(/^(?!Detail$)[A-Z][A-Za-z]+$/);
        checked.push(event.name!);
      }
    }
    expect(checked).to.include.members(['pc-search', 'pc-service-select', 'pc-event-select', 'pc-range-change']);
  });

  it('names the finder’s event types and their detail types', async () => {
    const { modules } = await manifest();
    const declarations = modules.flatMap((module) => module.declarations ?? []);
    const finder = declarations.find((d) => d.tagName === 'pc-service-finder')!;
    const typeOf = (name: string) => finder.events?.find((event) => event.name === name)?.type?.text;
    expect(typeOf('pc-search')).to.equal('PcSearchEvent');
    expect(typeOf('pc-service-select')).to.equal('PcServiceSelectEvent');
    const detailOf = (name: string) =>
      declarations.find((d) => d.kind === 'class' && d.name === name)?.members?.find((m) => m.name === 'detail')?.type?.text;
    expect(detailOf('PcSearchEvent')).to.equal('SearchDetail');
    expect(detailOf('PcServiceSelectEvent')).to.equal('ServiceSelectDetail');
  });
});
