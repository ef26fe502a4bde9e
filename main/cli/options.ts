/**
 * Command-line options through Node's own parser (util.parseArgs): `--flag value`, `--flag=value`,
 * unknown options refused. Returns the parse, or a one-line message for the user.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export function readOptions<T extends Options>(
  args: readonly string[],
  options: T,
):
  | {
      values: ReturnType<typeof parseArgs<{ options: T; allowPositionals: true }>>['values'];
      positionals: string[];
    }
  | string {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's messages name the option and say what is wrong; drop its error-code prefix and advice.
    return (error instanceof Error ? error.message : String(error))
      .split('\n')[0]
      .replace(/\.\s*To specify.*$/, '');
  }
}
