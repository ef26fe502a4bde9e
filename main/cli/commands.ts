/**
 * The CLI's command table. Each command lives in its own file under main/cli/ and exports a
 * `run(args)` returning the process exit code; this file only dispatches.
 */
export interface CliCommand {
  summary: string;
  usage: string;
  run(args: string[]): Promise<number>;
}

type CommandLoader = () => Promise<CliCommand>;

const COMMANDS: Record<string, CommandLoader> = {
  extract: async () => (await import('./extract')).extractCommand,
  timeml: async () => (await import('./timeml')).timemlCommand,
  eval: async () => (await import('./eval')).evalCommand,
  'eval-events': async () => (await import('./eval-events')).evalEventsCommand,
  add: async () => (await import('./add')).addCommand,
  export: async () => (await import('./export')).exportCommand,
};

function usage(): string {
  return [
    'usage: eventline <command> [options]',
    '',
    'commands:',
    ...Object.keys(COMMANDS).map((name) => `  ${name}`),
    '',
    "run 'eventline <command> --help' for a command's options",
  ].join('\n');
}

export async function runCli(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(`${usage()}\n`);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`eventline: unknown command '${name}'\n${usage()}\n`);
    return 2;
  }
  const command = await load();
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${command.summary}\n\nusage: ${command.usage}\n`);
    return 0;
  }
  return command.run(args);
}
