/**
 * A reader's own CSV series (`src`): a date column (YYYY-MM or YYYY-MM-DD, read as its month) and
 * a value column (a number, thousands separators allowed), parsed by papaparse through
 * `parseCSV`. Every problem is reported with its row and column; nothing is guessed: a row with
 * a bad cell is not dropped quietly, two rows for one month are not summed.
 */
import { parseCSV } from '../../csv.js';
import { FpkError } from '../../errors.js';
import { defineSchema, formatProblem, type Problem } from '../../schema-engine.js';
import type { ReaderSource } from './settings.js';

export interface ReaderPoint {
  /** YYYY-MM. */
  readonly period: string;
  /** null where the value cell is empty: a gap. */
  readonly value: number | null;
  /** File line (header = 1). */
  readonly line: number;
}

const DATE = /^(\d{4})-(0[1-9]|1[0-2])(?:-(\d{2}))?$/;
/** Problems listed in the message; the count of the rest follows. */
const LISTED = 5;

function validDay(year: number, month: number, day: number): boolean {
  const t = new Date(Date.UTC(year, month - 1, day));
  return t.getUTCMonth() === month - 1 && t.getUTCDate() === day;
}

function readerSchema(source: ReaderSource) {
  return defineSchema({
    name: source.src,
    fields: {
      date: { type: 'string', column: source.dateColumn, description: 'Month (YYYY-MM) or date (YYYY-MM-DD).' },
      value: {
        type: 'number',
        thousands: true,
        nullable: true,
        column: source.valueColumn,
        description: 'The reader’s value; empty = no value.',
      },
    },
  });
}

/** The reader's series in month order, or an `FpkError` (`parse-failed`) listing every problem with its row. */
export function parseReaderCSV(text: string, source: ReaderSource): ReaderPoint[] {
  const file = source.src;
  const parsed = parseCSV(text, readerSchema(source), { file });
  const problems: Problem[] = [...parsed.errors];
  const seen = new Map<string, number>();
  const points: ReaderPoint[] = [];
  parsed.rows.forEach((row, i) => {
    const line = parsed.lines[i]!;
    const m = DATE.exec(row.date);
    if (!m || (m[3] !== undefined && !validDay(Number(m[1]), Number(m[2]), Number(m[3])))) {
      problems.push({ file, row: line, column: source.dateColumn, value: row.date, expected: 'a month YYYY-MM or a date YYYY-MM-DD' });
      return;
    }
    const period = `${m[1]}-${m[2]}`;
    const first = seen.get(period);
    if (first !== undefined) {
      problems.push({
        file,
        row: line,
        column: source.dateColumn,
        value: row.date,
        expected: `one row per month (row ${first} is already ${period})`,
      });
      return;
    }
    seen.set(period, line);
    points.push({ period, value: row.value, line });
  });
  if (!problems.length && !points.length) problems.push({ file, expected: 'at least one data row' });
  if (problems.length) {
    problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    const listed = problems.slice(0, LISTED).map(formatProblem);
    const rest = problems.length - listed.length;
    const missingColumns = problems.some((p) => p.row === 1 && p.expected.includes('in the header'));
    const hint = missingColumns ? ' Name your columns with the src-date and src-value attributes.' : '';
    throw new FpkError(
      'parse-failed',
      `${listed.join('; ')}${rest > 0 ? `; and ${rest} more problem${rest === 1 ? '' : 's'}` : ''}.${hint}`,
      'src',
    );
  }
  return points.sort((a, b) => a.period.localeCompare(b.period));
}
