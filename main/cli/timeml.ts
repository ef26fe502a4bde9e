/**
 * `eventline timeml <inDir> <outDir>`: the TempEval-3 protocol. Each .tml file is written again with
 * its text unchanged and only our TIMEX3 tags (tid, type, value) inside <TEXT>.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { findTmlFiles } from '../extract/eval/corpus';
import { readTml, writeTml } from '../extract/eval/tml';
import { tagTimexes } from '../extract/timex';
import type { CliCommand } from './commands';

export const timemlCommand: CliCommand = {
  summary: 'Tag every TimeML file of a folder with our TIMEX3 expressions (TempEval-3 protocol).',
  usage: 'eventline timeml <inDir> <outDir>',
  async run(args) {
    const [inDir, outDir] = args;
    if (!inDir || !outDir || args.length !== 2) {
      process.stderr.write(`usage: ${this.usage}\n`);
      return 2;
    }
    if (!existsSync(inDir) || !statSync(inDir).isDirectory()) {
      process.stderr.write(`timeml: '${inDir}' is not a folder\n`);
      return 2;
    }
    const files = findTmlFiles(inDir);
    let failed = 0;
    for (const file of files) {
      try {
        const doc = readTml(readFileSync(join(inDir, file), 'utf8'));
        const tagged = tagTimexes(doc.text, { referenceDate: doc.dct });
        const target = join(outDir, file);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, writeTml(doc, tagged));
      } catch (error) {
        failed++;
        process.stderr.write(`timeml: ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
      }
    }
    process.stdout.write(`tagged ${files.length - failed} of ${files.length} files into ${outDir}\n`);
    return failed ? 1 : 0;
  },
};
