import type { Span } from './finding';

// 256 characters: a value or a sentence touches one to a few buckets, and a bucket holds a few spans.
const BUCKET_BITS = 8;

/**
 * Spans filed by position, so asking which of them overlap a span costs what overlaps, not the whole
 * list: a line of 80,000 SSNs has 80,000 values and as many findings, and comparing every pair took minutes.
 */
export class SpanIndex {
  private readonly buckets = new Map<number, Span[]>();

  static of(spans: Iterable<Span>): SpanIndex {
    const index = new SpanIndex();
    for (const span of spans) index.add(span);
    return index;
  }

  add(span: Span): void {
    for (let b = span.start >> BUCKET_BITS; b <= (span.end - 1) >> BUCKET_BITS; b++) {
      const bucket = this.buckets.get(b);
      if (bucket) bucket.push(span);
      else this.buckets.set(b, [span]);
    }
  }

  /** Every span that shares at least one character with `span`, each once. */
  overlapping(span: Span): Span[] {
    const found = new Set<Span>();
    for (let b = span.start >> BUCKET_BITS; b <= (span.end - 1) >> BUCKET_BITS; b++)
      for (const other of this.buckets.get(b) ?? []) if (other.start < span.end && span.start < other.end) found.add(other);
    return [...found];
  }
}
