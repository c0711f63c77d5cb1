/**
 * Splits a stream of JSON text into its top-level values without parsing the whole document: the elements
 * of a top-level array (`[a, b, …]`, the Distributed Map result writer's `JSON` output type) or
 * consecutive values (JSON Lines, its `JSONL` type). Memory is bounded by the largest element, never the
 * file. Feed text chunks with {@link JsonElementSplitter.push}; each call returns the elements completed so
 * far as raw JSON text (parse them one by one). {@link JsonElementSplitter.end} reports leftover text.
 */
import { err, ok, type Result } from './result';

/** Incremental splitter of top-level JSON values (see module comment). */
export class JsonElementSplitter {
  private buffer = '';
  /** Index in `buffer` where the current element starts (-1: between elements). */
  private start = -1;
  /** Nesting inside the current element (0: at element level). */
  private depth = 0;
  private inString = false;
  private inScalar = false;
  private escaped = false;
  /** 'unknown' until the first non-space character: '[' means "split the array", else JSON Lines. */
  private mode: 'unknown' | 'array' | 'lines' = 'unknown';
  private arrayClosed = false;
  private trailing = false;

  /** Adds `chunk`; returns the elements it completed. */
  push(chunk: string): string[] {
    const out: string[] = [];
    let i = this.buffer.length;
    this.buffer += chunk;
    for (; i < this.buffer.length; i++) this.step(this.buffer[i] as string, i, out);
    this.buffer = this.start >= 0 ? this.buffer.slice(this.start) : '';
    if (this.start >= 0) this.start = 0;
    return out;
  }

  /** Ends the input: the last value of JSON Lines without a final newline, or an error for unfinished input. */
  end(): Result<string[], string> {
    if (this.inScalar) {
      this.inScalar = false;
      this.start = -1;
      return this.mode === 'array' ? err('unexpected end of input: the array is not closed') : ok([this.buffer]);
    }
    if (this.start >= 0) return err('unexpected end of input inside a value');
    if (this.mode === 'array' && !this.arrayClosed) return err('unexpected end of input: the array is not closed');
    if (this.trailing) return err('text after the closing bracket of the array');
    return ok([]);
  }

  private step(ch: string, i: number, out: string[]): void {
    if (this.inString) {
      if (this.escaped) this.escaped = false;
      else if (ch === '\\') this.escaped = true;
      else if (ch === '"') {
        this.inString = false;
        if (this.depth === 0) this.emit(i + 1, out);
      }
      return;
    }
    if (this.mode === 'unknown') {
      if (isSpace(ch)) return;
      this.mode = ch === '[' ? 'array' : 'lines';
      if (this.mode === 'array') return;
    }
    if (this.inScalar) {
      if (!isSpace(ch) && ch !== ',' && ch !== ']') return;
      this.inScalar = false;
      this.emit(i, out);
    }
    if (this.start < 0) this.between(ch, i);
    else this.inside(ch, i, out);
  }

  private between(ch: string, i: number): void {
    if (isSpace(ch) || (this.mode === 'array' && ch === ',')) return;
    if (this.arrayClosed) {
      this.trailing = true;
      return;
    }
    if (this.mode === 'array' && ch === ']') {
      this.arrayClosed = true;
      return;
    }
    this.start = i;
    if (ch === '"') this.inString = true;
    else if (ch === '{' || ch === '[') this.depth = 1;
    else this.inScalar = true;
  }

  private inside(ch: string, i: number, out: string[]): void {
    if (ch === '"') this.inString = true;
    else if (ch === '{' || ch === '[') this.depth++;
    else if (ch === '}' || ch === ']') {
      this.depth--;
      if (this.depth === 0) this.emit(i + 1, out);
    }
  }

  private emit(endExclusive: number, out: string[]): void {
    out.push(this.buffer.slice(this.start, endExclusive));
    this.start = -1;
  }
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t';
}
