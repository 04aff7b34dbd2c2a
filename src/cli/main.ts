/**
 * The CLI: a thin shell over the use cases. Each command lives in src/cli/commands/ and registers itself.
 */
import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands/index.js';
import { commandExitCode, reportError, setExitCode } from './context.js';

export function buildProgram(): Command {
  const program = new Command('assay');
  program
    .description('Investigate alleged chemical-weapons attacks and the information operations around them')
    .version('0.1.0')
    .option('--db <path>', 'SQLite workspace database (default ./assay.db, or $ASSAY_DB)')
    .option('--database-url <url>', 'PostgreSQL database instead of SQLite (or $ASSAY_DATABASE_URL)')
    .option('--json', 'machine-readable JSON on stdout')
    .option('-q, --quiet', 'no progress lines on stderr (warnings and errors still)')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerCommands(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  setExitCode(0);
  const program = buildProgram();
  const json = argv.includes('--json');
  try {
    await program.parseAsync(argv);
    return commandExitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help')
        return 0;
      return 2; // commander has already printed the usage error
    }
    return reportError(e, json);
  }
}
