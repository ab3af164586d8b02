// A small build plugin: an `import()` of a lazy chunk on the way to the first paint (the feed
// formats' converters, chosen by `only`) also asks, in the same moment, for the chunks that chunk
// imports statically (and theirs), which the importer does not already have. Without it the
// browser learns of those only once the chunk has arrived and been parsed: one more round trip
// per level (the JSON-LD converter waited on two shared chunks; the Open Referral reader on its
// paging chunk, then on five more). Vite does this with <link rel=modulepreload> in an app
// build, never in a library build, so here each call becomes
// `(import(dep).catch(() => 0), …, import(chunk))`: the deps start downloading, and the answer
// is the chunk's own promise, so a missing file fails as before, named as before (a missing dep
// fails the chunk's import too). Each such call costs ~40 bytes gzipped, so chunks fetched after
// the first paint (panels, detail views) are left as they are. Only text is inserted, so the
// source map's columns after each insertion are shifted by its length.
import { decode, encode } from '@jridgewell/sourcemap-codec';
import { dirname, relative } from 'node:path';

/** The chunks `file` loads statically, however deep (not `file` itself). */
function staticClosure(bundle, file, into = new Set()) {
  for (const dep of bundle[file]?.imports ?? []) {
    if (into.has(dep)) continue;
    into.add(dep);
    staticClosure(bundle, dep, into);
  }
  return into;
}

const specifier = (from, to) => {
  const path = relative(dirname(from), to);
  return path.startsWith('.') ? path : `./${path}`;
};

/** The insertions (position, text) that start `chunk`'s lazy chunks' own imports with them. */
function preloadEdits(bundle, chunk, only) {
  const present = staticClosure(bundle, chunk.fileName).add(chunk.fileName);
  const edits = [];
  for (const lazy of chunk.dynamicImports) {
    if (!only(bundle[lazy]?.facadeModuleId ?? '')) continue;
    const extra = [...staticClosure(bundle, lazy)].filter((dep) => !present.has(dep) && dep !== lazy);
    if (!extra.length) continue;
    const name = specifier(chunk.fileName, lazy);
    const deps = extra.map((dep) => `import(${JSON.stringify(specifier(chunk.fileName, dep))}).catch(()=>0),`).join('');
    for (const quote of ['`', '"', "'"]) {
      const call = `import(${quote}${name}${quote})`;
      for (let at = chunk.code.indexOf(call); at !== -1; at = chunk.code.indexOf(call, at + call.length)) {
        edits.push({ at, text: `(${deps}` }, { at: at + call.length, text: ')' });
      }
    }
  }
  return edits.sort((a, b) => a.at - b.at);
}

/** Shifts the mappings of each generated line after the insertions on it. */
function shiftMap(map, code, edits) {
  const lines = decode(map.mappings);
  const lineStarts = [0];
  for (let i = code.indexOf('\n'); i !== -1; i = code.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  for (const edit of [...edits].reverse()) {
    let line = lineStarts.length - 1;
    while (lineStarts[line] > edit.at) line -= 1;
    const column = edit.at - lineStarts[line];
    for (const segment of lines[line] ?? []) if (segment[0] >= column) segment[0] += edit.text.length;
  }
  map.mappings = encode(lines);
}

/** `only(moduleId)`: whether the lazy chunk made from that module is worth asking for with its imports. */
export function preloadChunkImports({ only }) {
  return {
    name: 'preload-chunk-imports',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const edits = preloadEdits(bundle, chunk, only);
        if (!edits.length) continue;
        const mapAsset = bundle[`${chunk.fileName}.map`];
        const map = mapAsset?.type === 'asset' ? JSON.parse(String(mapAsset.source)) : chunk.map;
        if (map) shiftMap(map, chunk.code, edits);
        if (mapAsset?.type === 'asset') mapAsset.source = JSON.stringify(map);
        let code = chunk.code;
        for (const edit of [...edits].reverse()) code = code.slice(0, edit.at) + edit.text + code.slice(edit.at);
        chunk.code = code;
      }
    },
  };
}
