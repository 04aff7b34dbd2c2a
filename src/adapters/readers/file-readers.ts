/** The FileReaders port (src/ports/readers.ts) on this folder's readers. */
import type { FileReaders } from '../../ports/readers.js';
import { readBundle } from './bundle-reader.js';
import { detectFormat, readReports, readReportsInWorker } from './report-reader.js';
import { lineChunks } from './line-chunks.js';
import { mediaTypeOf } from './media-type.js';

export const fileReaders: FileReaders = { readBundle, readReports, readReportsInWorker, detectFormat, lineChunks, mediaTypeOf };
