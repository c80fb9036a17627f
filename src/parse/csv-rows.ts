/**
 * CSV text to rows of fields, as RFC 4180 and spreadsheet programs write it: fields separated by
 * commas, rows by CRLF or LF, fields in double quotes may hold commas, line breaks and doubled
 * quotes (""). Written here rather than taken from d3-dsv, whose module builds row objects with
 * `new Function`, which a page with a strict Content-Security-Policy refuses.
 */
export function parseCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), (i += 2);
      else if (c === '"') (quoted = false), i++;
      else (field += c), i++;
    } else if (c === '"' && field === '') (quoted = true), i++;
    else if (c === ',') endField(), i++;
    else if (c === '\n' || c === '\r') {
      endRow();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else (field += c), i++;
  }
  // A last line without a line break still counts; a trailing line break adds no empty row.
  if (field !== '' || row.length > 0 || quoted) endRow();
  return rows;
}
