/**
 * `fpk render|embed <tag> --<attribute> value …`: the element's attributes written as options,
 * beside the command's own options. Every attribute name is checked against the element's list
 * (a mistyped `--jurisdiction` would otherwise be silently ignored and draw the default chart);
 * values are left to the element's model builder, which names the attribute and what is allowed.
 */
import { unknownAttributeError, type AttributeTable } from '../charts/attributes.js';
import { ATTRIBUTE_TABLES, ELEMENT_TAGS, NOT_TAKEN, isElementTag, type ElementTag } from '../charts/elements.js';
import { FpkError, UnknownValueError } from '../errors.js';

/** Every attribute `tag` reads, in its table's order (src/charts/<chart>/attributes.ts). */
export function elementAttributes(tag: ElementTag): readonly string[] {
  return Object.keys(ATTRIBUTE_TABLES[tag]);
}

/**
 * `fpk render|embed <tag> --help`: the tag's attributes as flags, from its table: values,
 * default, what each does, and which an embed URL cannot carry.
 */
export function attributeHelp(tag: ElementTag, usage: string): string {
  const specs = Object.values(ATTRIBUTE_TABLES[tag] as AttributeTable);
  const width = Math.max(...specs.map((s) => s.name.length)) + 2;
  const lines = specs.map((s) => {
    const facts = [
      s.values && s.kind !== 'list' && s.kind !== 'tokens' ? `one of ${s.values.join(', ')}` : '',
      s.values && (s.kind === 'list' || s.kind === 'tokens') ? `any of ${s.values.join(', ')}` : '',
      s.kind === 'month' ? 'YYYY-MM' : '',
      s.default !== undefined ? `default ${s.default}` : '',
      s.embeddable ? '' : 'not in the iframe embed',
    ].filter(Boolean);
    return `  --${s.name.padEnd(width)}${s.description}${facts.length ? ` [${facts.join('; ')}]` : ''}`;
  });
  return `${usage}

Attributes of <${tag}>:
${lines.join('\n')}
`;
}

/** Help for `<tag> --help`, or the usage and the tags when no tag is named. */
export function helpText(tag: string | undefined, usage: string): string {
  return isElementTag(tag)
    ? attributeHelp(tag, usage)
    : `${usage}\n\nElements: ${ELEMENT_TAGS.join(', ')} (fpk render <tag> --help lists its attributes)\n`;
}

/** Whether the arguments ask for help (`--help` or `-h`) rather than a chart. */
export function wantsHelp(args: readonly string[]): boolean {
  return args.includes('--help') || args.includes('-h');
}

export interface CommandOption {
  readonly name: string;
  /** One-letter alias, e.g. `o` for `-o`. */
  readonly short?: string;
  /** A switch (`--static`): takes no value, reads as 'true' when given. */
  readonly flag?: boolean;
}

export interface ElementArgs {
  readonly tag: ElementTag;
  /** Attribute values by name, in the order given. */
  readonly attributes: Readonly<Record<string, string>>;
  /** The command's own options by name. */
  readonly options: Readonly<Record<string, string>>;
}

function usageError(message: string, attribute?: string): FpkError {
  return new FpkError('unknown-value', message, attribute);
}

/** Reads `<tag> [--name value | --name=value | -x value]…`; throws `FpkError` on anything unclear. */
export function readElementArgs(args: readonly string[], own: readonly CommandOption[], usage: string): ElementArgs {
  const [tag, ...rest] = args;
  if (!tag || tag.startsWith('-')) throw usageError(`Name an element: ${ELEMENT_TAGS.join(', ')}.\n${usage}`, 'tag');
  if (!isElementTag(tag)) throw new UnknownValueError('tag', tag, ELEMENT_TAGS);
  const table: AttributeTable = ATTRIBUTE_TABLES[tag];
  const attributes: Record<string, string> = {};
  const options: Record<string, string> = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const long = /^--([^=]+)(?:=(.*))?$/s.exec(arg);
    const short = long ? null : /^-([a-zA-Z])$/.exec(arg);
    if (!long && !short) throw usageError(`Unexpected argument "${arg}": attributes are written --name value.\n${usage}`);
    const name = long ? long[1]! : own.find((o) => o.short === short![1])?.name;
    if (!name) throw usageError(`Unknown option "${arg}".\n${usage}`);
    const option = own.find((o) => o.name === name);
    if (option?.flag && long?.[2] !== undefined) throw usageError(`--${name} takes no value.`, name);
    // The value is the next argument even when it starts with "-" (a heading, a negative number).
    const value = option?.flag ? 'true' : (long?.[2] ?? rest[++i]);
    if (value === undefined) throw usageError(`${arg} needs a value.`, name);
    const isOwn = option !== undefined;
    if (!isOwn && !Object.hasOwn(table, name)) {
      // The element's own message, then what the command itself takes.
      const error = unknownAttributeError(tag, name, table, NOT_TAKEN[tag]);
      throw new FpkError(
        error.code,
        `${error.message}
Options of this command: ${own.map((o) => `--${o.name}`).join(', ')}.`,
        name,
      );
    }
    const into = isOwn ? options : attributes;
    if (name in into) throw usageError(`--${name} is given twice.`, name);
    into[name] = value;
  }
  return { tag, attributes, options };
}

/** A number option, or undefined when absent. */
export function numberOption(options: Readonly<Record<string, string>>, name: string): number | undefined {
  const raw = options[name];
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value)) throw usageError(`--${name} must be a number; got "${raw}".`, name);
  return value;
}
