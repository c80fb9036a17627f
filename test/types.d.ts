// visual-regression 0.10.0 lists `import` before `types` in its exports, so TypeScript finds no types.
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}

// axe-core's UMD file, imported for what it sets on window (test/helpers/axe.ts); its types come from 'axe-core'.
declare module 'axe-core/axe.min.js';
