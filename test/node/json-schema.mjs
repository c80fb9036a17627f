// A JSON Schema 2020-12 checker for exactly the keywords events.schema.json uses, so the tests can
// show what an editor will flag, without a validator dependency. An unknown keyword throws.
const KEYWORDS = new Set([
  '$schema',
  'title',
  'description',
  '$defs',
  'type',
  'const',
  'anyOf',
  '$ref',
  'items',
  'properties',
  'required',
  'additionalProperties',
  'minItems',
  'minLength',
  'pattern',
  'maximum',
]);

/** Returns the JSON-pointer-like paths where `value` breaks `schema`; [] when it conforms. */
export function checkSchema(root, value, node = root, path = '') {
  for (const key of Object.keys(node))
    if (!KEYWORDS.has(key)) throw new Error(`keyword ${key} is not supported by this checker`);
  if (node.$ref) return checkSchema(root, value, root.$defs[node.$ref.replace('#/$defs/', '')], path);
  if (node.anyOf)
    return node.anyOf.some((n) => checkSchema(root, value, n, path).length === 0)
      ? []
      : [`${path}: matches none of anyOf`];
  if ('const' in node && value !== node.const) return [`${path}: not ${JSON.stringify(node.const)}`];
  const problems = [];
  const type = Array.isArray(value)
    ? 'array'
    : value === null
      ? 'null'
      : Number.isInteger(value)
        ? 'integer'
        : typeof value;
  if (node.type && !(node.type === type || (node.type === 'number' && type === 'integer')))
    return [`${path}: not ${node.type}`];
  if (node.pattern && !new RegExp(node.pattern, 'u').test(value))
    problems.push(`${path}: does not match ${node.pattern}`);
  if (node.minLength !== undefined && [...value].length < node.minLength) problems.push(`${path}: too short`);
  if (node.maximum !== undefined && value > node.maximum) problems.push(`${path}: above ${node.maximum}`);
  if (node.minItems !== undefined && value.length < node.minItems) problems.push(`${path}: too few items`);
  if (node.items) value.forEach((item, i) => problems.push(...checkSchema(root, item, node.items, `${path}/${i}`)));
  if (node.type === 'object') {
    for (const key of node.required ?? []) if (!(key in value)) problems.push(`${path}/${key}: required`);
    for (const [key, item] of Object.entries(value)) {
      if (node.properties?.[key]) problems.push(...checkSchema(root, item, node.properties[key], `${path}/${key}`));
      else if (node.additionalProperties === false) problems.push(`${path}/${key}: not allowed`);
    }
  }
  return problems;
}
