/** The CLI as a separate process straight from the sources (`node --import tsx test/helpers/assay-process.ts ...`). */
import { main } from '../../src/cli/main.js';

main(process.argv).then((code) => {
  process.exitCode = code;
});
