#!/usr/bin/env node
// `npx event-timeline validate FILE...`: checks events files (JSON, CSV or TimelineJS) before they
// are published, with the widget's own reading and validation (dist/validate.js, built from src/).
// Exit status: 0 when every file is valid (warnings allowed), 1 when any file has an error,
// 2 when the command is misused or a file cannot be read.
import { readFile, stat } from 'node:fs/promises';

const USAGE = `Usage: event-timeline validate [--json] FILE...

Checks events files (events.json, a .csv sheet, a TimelineJS file) the way <event-timeline> reads them,
and prints every problem with where it is. Exits with 1 if any file has an error, so a CMS or CI can
refuse it; warnings alone exit with 0. --json prints the results as JSON instead.`;

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const line = ({ path, message }) => (path ? `${path}: ${message}` : message);

async function main(argv) {
  const [command, ...args] = argv;
  if (command === '--help' || command === '-h' || command === 'help') return (console.log(USAGE), 0);
  const files = args.filter((a) => a !== '--json');
  if (command !== 'validate' || files.length === 0 || files.some((f) => f.startsWith('-')))
    return (console.error(USAGE), 2);
  let core;
  try {
    core = await import('../dist/validate.js');
  } catch (error) {
    console.error(
      `event-timeline: the validator is not built (${error.code ?? error.message}); run \`npm run build\` first`,
    );
    return 2;
  }
  let status = 0;
  const results = [];
  for (const file of files) {
    let result;
    try {
      const { size } = await stat(file);
      if (size > core.DEFAULT_MAX_BYTES) {
        const mb = (n) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
        result = {
          timeline: null,
          errors: [
            {
              path: '',
              message: `the file is ${mb(size)}, more than the limit of ${mb(core.DEFAULT_MAX_BYTES)} the widget loads`,
            },
          ],
          warnings: [],
        };
      } else {
        result = core.readEvents({
          text: await readFile(file, 'utf8'),
          name: file,
          contentType: /\.csv$/i.test(file) ? 'text/csv' : '',
        });
      }
    } catch (error) {
      console.error(`${file}: cannot be read (${error.code ?? error.message})`);
      status = 2;
      continue;
    }
    if (result.errors.length && status === 0) status = 1;
    results.push({
      file,
      format: result.format ?? null,
      events: result.timeline?.events.length ?? 0,
      errors: result.errors,
      warnings: result.warnings,
    });
  }
  if (args.includes('--json')) {
    console.log(JSON.stringify(results, null, 2));
    return status;
  }
  for (const { file, format, events, errors, warnings } of results) {
    const summary = errors.length
      ? `${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')}: the widget will not show it`
      : `valid, ${plural(events, 'event')}${format && format !== 'events' ? ` (read as ${format})` : ''}${warnings.length ? `, ${plural(warnings.length, 'warning')}` : ''}`;
    console.log(`${file}: ${summary}`);
    for (const problem of errors) console.log(`  error    ${line(problem)}`);
    for (const problem of warnings) console.log(`  warning  ${line(problem)}`);
  }
  return status;
}

process.exitCode = await main(process.argv.slice(2));
