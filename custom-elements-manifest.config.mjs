// Configuration of `cem analyze` (`npm run analyze`, and `npm run build`), which writes
// custom-elements.json from the elements' JSDoc. The command line gives the files to read.
//
// Typed events: each `pc-*` event is its own class (src/<widget>/events.ts) and the element's
// JSDoc names it with its type, `@fires {PcSearchEvent} pc-search - …`. The analyzer also sees
// the element's `this.dispatchEvent(new PcSearchEvent(…))`, where the event's name is inside the
// class, and lists a second, nameless event; this plugin folds that into the named one and links
// each event's type to its class. The class's `detail` field gets its public detail type (the
// analyzer would give it the base class's type parameter, `Detail`). An event an element
// dispatches that no `@fires` names fails the analysis.

/** The events of every element: nameless duplicates removed, types linked to their classes, details typed. */
function typedEventsPlugin() {
  /** Event class name → its detail type, from `class X extends PcEvent<Detail>`. */
  const details = new Map();
  return {
    name: 'pc-typed-events',
    analyzePhase({ ts, node }) {
      if (node.kind !== ts.SyntaxKind.ClassDeclaration || !node.name) return;
      for (const clause of node.heritageClauses ?? []) {
        for (const type of clause.types) {
          if (type.expression.getText() === 'PcEvent' && type.typeArguments?.length === 1) {
            details.set(node.name.getText(), type.typeArguments[0].getText());
          }
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const classes = new Map();
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          classes.set(declaration.name, module.path);
          const detail = details.get(declaration.name);
          const field = detail && declaration.members?.find((member) => member.name === 'detail');
          if (field) field.type = { text: detail };
        }
      }
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.events?.length) continue;
          const named = new Set(declaration.events.filter((event) => event.name).map((event) => event.type?.text));
          const unnamed = declaration.events.filter((event) => !event.name && !named.has(event.type?.text));
          if (unnamed.length) {
            const types = unnamed.map((event) => event.type?.text).join(', ');
            throw new Error(`${module.path}: ${declaration.name} dispatches ${types} without a @fires {Type} name tag naming it`);
          }
          declaration.events = declaration.events.filter((event) => event.name);
          for (const event of declaration.events) {
            const type = event.type?.text;
            const path = type && classes.get(type);
            if (path) event.type = { ...event.type, references: [{ name: type, module: path, start: 0, end: type.length }] };
          }
        }
      }
    },
  };
}

export default {
  litelement: true,
  plugins: [typedEventsPlugin()],
};
