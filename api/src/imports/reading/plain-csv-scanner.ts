const QUOTE = 34;
const CR = 13;
const LF = 10;
const SPACE = 32;
const APOSTROPHE = 39;

// UTF-8 bytes that can begin or end a non-ASCII white space character (U+00A0, U+1680, U+2000–200A,
// U+2028/2029, U+202F, U+205F, U+3000, U+FEFF): a cell starting or ending with one may need trimming.
const WHITE_START = new Set([0xc2, 0xe1, 0xe2, 0xe3, 0xef]);
const WHITE_END = new Set([
  0xa0, 0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0xa8, 0xa9, 0xaf, 0x9f, 0xbf,
]);
const trimsAtStart = (b: number): boolean => b <= SPACE || b === APOSTROPHE || WHITE_START.has(b);
const trimsAtEnd = (b: number): boolean => (b >= 0 && b <= SPACE) || WHITE_END.has(b);

// Where the scanner is within a record.
const CELL_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
/** A quote inside a quoted cell: a second one (escaped quote) or the cell's end follows. */
const QUOTE_IN_QUOTED = 3;
const AFTER_CR = 4;

/**
 * Checks, byte by byte and without building strings, that UTF-8 CSV is "plain" in exactly the
 * sense of CsvSplitter: quotes only around whole cells (doubled inside), one kind of line break,
 * no empty line, every record as wide as the first (the header), no record longer than the
 * limit. For such a file PostgreSQL's `COPY … (FORMAT csv)` reads the same records and cells as
 * the JavaScript reader, record n being row n. Anything else sets `failed`: the import then
 * reads the file in JavaScript, which reports row errors exactly.
 */
export class PlainCsvScanner {
  failed = false;
  /** Complete records so far (the header included). */
  records = 0;
  /** Cells per record: the header's count. */
  width = -1;
  /** After push(): the offset in its bytes just past the last record completed there (-1: none). */
  lastEnd = -1;
  /**
   * No data cell starts or ends with white space or a control character (or bytes that might be
   * one), and none starts with an apostrophe: then parseCell's trimming and formula check change
   * nothing.
   */
  clean = true;
  private readonly delimiter: number;
  /** The next content byte is its cell's first. */
  private first = true;
  /** The cell's last content byte so far (-1: none). */
  private last = -1;
  private state = CELL_START;
  private cells = 0;
  private recordBytes = 0;
  private eol: 'CRLF' | 'LF' | null = null;

  constructor(
    delimiter: string,
    private readonly maxRecordBytes: number,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  push(bytes: Uint8Array): void {
    if (this.failed) return;
    const d = this.delimiter;
    let state = this.state;
    let size = this.recordBytes;
    let { first, last, clean } = this;
    this.lastEnd = -1;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (++size > this.maxRecordBytes) {
        this.fail();
        return;
      }
      let content = -1;
      if (state === QUOTED) {
        if (b === QUOTE) state = QUOTE_IN_QUOTED;
        else content = b;
      } else if (state === AFTER_CR) {
        if (b !== LF || !this.lineBreak('CRLF')) {
          this.fail();
          return;
        }
        if (!this.endRecord(size - 2)) return;
        // The header is never staged: only data cells count.
        if (this.records === 1) clean = true;
        this.lastEnd = i + 1;
        size = 0;
        state = CELL_START;
        continue;
      } else if (b === QUOTE) {
        // Opens a cell, or escapes a quote inside one; anywhere else the JavaScript reader decides.
        if (state === CELL_START) state = QUOTED;
        else if (state === QUOTE_IN_QUOTED) {
          state = QUOTED;
          content = b;
        } else {
          this.fail();
          return;
        }
      } else if (b === d || b === CR || b === LF) {
        // The cell ends here.
        if (trimsAtEnd(last)) clean = false;
        first = true;
        last = -1;
        if (b === d) {
          this.cells++;
          state = CELL_START;
        } else if (b === CR) state = AFTER_CR;
        else {
          if (!this.lineBreak('LF')) {
            this.fail();
            return;
          }
          if (!this.endRecord(size - 1)) return;
          if (this.records === 1) clean = true;
          this.lastEnd = i + 1;
          size = 0;
          state = CELL_START;
        }
      } else if (state === QUOTE_IN_QUOTED) {
        // Text after a cell's closing quote.
        this.fail();
        return;
      } else {
        state = UNQUOTED;
        content = b;
      }
      if (content >= 0) {
        if (first && trimsAtStart(content)) clean = false;
        first = false;
        last = content;
      }
    }
    this.state = state;
    this.recordBytes = size;
    this.first = first;
    this.last = last;
    this.clean = clean;
  }

  /** The end of the file: the last record may end without a line break. */
  finish(): void {
    if (this.failed) return;
    if (this.state === QUOTED || this.state === AFTER_CR) this.fail();
    else if (this.recordBytes > 0) {
      if (trimsAtEnd(this.last)) this.clean = false;
      this.endRecord(this.recordBytes);
    }
  }

  private lineBreak(kind: 'CRLF' | 'LF'): boolean {
    this.eol ??= kind;
    return this.eol === kind;
  }

  /** `content`: the record's bytes without its line break (0: an empty line). */
  private endRecord(content: number): boolean {
    const cells = this.cells + 1;
    if (content === 0) return this.fail();
    if (this.width < 0) this.width = cells;
    else if (cells !== this.width) return this.fail();
    this.records++;
    this.cells = 0;
    return true;
  }

  private fail(): false {
    this.failed = true;
    return false;
  }
}
