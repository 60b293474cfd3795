/** What the splitter cannot read as plain CSV: the general parser takes over from there. */
const BAIL = 1;
/** The record is not complete yet: wait for more text. */
const MORE = 2;

const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * A fast reader for plain CSV: cells split by the delimiter, quoted cells with doubled quotes,
 * one kind of line break. Anything else — a quote inside an unquoted cell, text after a closing
 * quote, an empty line, mixed line breaks, an oversized record — sets `failed`, and `rest()`
 * returns the text from the start of that record for the general parser (csv-parse), which
 * reads it exactly as before. So a file reads the same either way, only faster when plain.
 */
export class CsvSplitter {
  failed = false;
  /** Line breaks consumed so far (inside quoted cells too): the general parser's line offset. */
  lines = 0;
  private buf = '';
  private pos = 0;
  private eol: 'CRLF' | 'LF' | null = null;
  private readonly delimiter: number;

  constructor(
    delimiter: string,
    private readonly maxRecordChars: number,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Adds decoded text (`final`: the end of the file) and returns the records now complete. */
  push(text: string, final: boolean): string[][] {
    this.buf = this.pos ? this.buf.slice(this.pos) + text : this.buf + text;
    this.pos = 0;
    const records: string[][] = [];
    while (!this.failed) {
      if (this.pos >= this.buf.length) break;
      const r = this.record(final);
      if (r === MORE) {
        if (this.buf.length - this.pos > this.maxRecordChars) this.failed = true;
        break;
      }
      if (r === BAIL) this.failed = true;
      else records.push(r);
    }
    return records;
  }

  /** The line break seen so far, for the general parser to go on with the same. */
  get recordDelimiter(): string | undefined {
    return this.eol === null ? undefined : this.eol === 'CRLF' ? '\r\n' : '\n';
  }

  /** The text not yet returned as records (after `failed`: from the record it stopped at). */
  rest(): string {
    return this.buf.slice(this.pos);
  }

  private lineBreak(kind: 'CRLF' | 'LF'): boolean {
    this.eol ??= kind;
    return this.eol === kind;
  }

  private record(final: boolean): string[] | typeof BAIL | typeof MORE {
    const buf = this.buf;
    const n = buf.length;
    const start = this.pos;
    const cells: string[] = [];
    let breaks = 0;
    let i = start;
    let quotedFirst = false;
    for (;;) {
      if (i < n && buf.charCodeAt(i) === QUOTE) {
        if (!cells.length) quotedFirst = true;
        let value = '';
        let from = i + 1;
        for (;;) {
          const q = buf.indexOf('"', from);
          if (q < 0 || (q + 1 >= n && !final)) return final ? BAIL : MORE;
          if (buf.charCodeAt(q + 1) === QUOTE) {
            value += buf.slice(from, q + 1);
            from = q + 2;
            continue;
          }
          value += buf.slice(from, q);
          i = q + 1;
          break;
        }
        for (let k = value.indexOf('\n'); k >= 0; k = value.indexOf('\n', k + 1)) breaks++;
        cells.push(value);
      } else {
        let j = i;
        while (j < n) {
          const c = buf.charCodeAt(j);
          if (c === this.delimiter || c === CR || c === LF) break;
          if (c === QUOTE) return BAIL;
          j++;
        }
        if (j >= n && !final) return MORE;
        cells.push(buf.slice(i, j));
        i = j;
      }
      if (i - start > this.maxRecordChars) return BAIL;
      if (i >= n) break;
      const c = buf.charCodeAt(i);
      if (c === this.delimiter) {
        i++;
        continue;
      }
      if (c === CR) {
        if (i + 1 >= n && !final) return MORE;
        if (buf.charCodeAt(i + 1) !== LF || !this.lineBreak('CRLF')) return BAIL;
        i += 2;
      } else if (c === LF) {
        if (!this.lineBreak('LF')) return BAIL;
        i++;
      } else return BAIL;
      breaks++;
      break;
    }
    if (cells.length === 1 && cells[0] === '' && !quotedFirst) return BAIL;
    this.pos = i;
    this.lines += breaks;
    return cells;
  }
}
