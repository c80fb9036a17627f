import { rollup } from 'rollup';
import configs from '../rollup.config.mjs';
const config = configs.find((c) => c.output.format === 'iife');
const bundle = await rollup({ ...config, onwarn: () => {} });
const { output } = await bundle.generate({ ...config.output });
const chunk = output.find((o) => o.type === 'chunk');
const rows = Object.entries(chunk.modules)
  .filter(([id]) => id.includes('/src/'))
  .map(([id, m]) => [id.split('/src/')[1], m.renderedLength])
  .sort((a, b) => b[1] - a[1]);
for (const r of rows) console.log(String(r[1]).padStart(7), r[0]);
