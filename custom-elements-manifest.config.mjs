// `npm run analyze` (part of `npm run build`) writes custom-elements.json from the element's JSDoc:
// attributes, properties, events (@fires), parts (@csspart) and custom properties (@cssprop).
/** Reactive state of the element that is not part of its API (keep in step with `static properties`). */
const INTERNAL_STATE = ['hiddenGroups', 'listView'];

export default {
  globs: ['src/element/event-timeline.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The element dispatches its events through one helper, emit(type, detail); the analyzer
      // would list that parameter as an event named "type". The real events come from @fires.
      name: 'public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((e) => e.name !== 'type');
            // Internal state is declared in the same static properties as the API (with state: true),
            // which the analyzer reads as public attributes.
            const internal = new Set(INTERNAL_STATE);
            declaration.attributes = declaration.attributes?.filter((a) => !internal.has(a.fieldName ?? a.name));
            declaration.members = declaration.members?.filter((m) => !internal.has(m.name));
          }
        }
      },
    },
  ],
};
