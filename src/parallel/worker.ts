// Entry of a statement-linting worker thread (bundled as dist/lint-worker.js). See ./index.ts.

import { parentPort, workerData } from 'node:worker_threads';
import { UsageError } from '../errors.ts';
import { loadParser } from '../parse/parse-file.ts';
import { withoutParseTrees, type EarlierHistory, type WorkerInput, type WorkerMessage } from './protocol.ts';
import { FileRange } from './range.ts';

const port = parentPort!;
const send = (message: WorkerMessage) => port.postMessage(message);

try {
  const input = workerData as WorkerInput;
  await loadParser();
  const range = new FileRange(input);
  send({ type: 'effects', effects: range.effects() });
  port.once('message', (earlier: EarlierHistory) => {
    try {
      const findings = range.check(earlier.effects, input.config);
      send({ type: 'done', files: range.files.map(withoutParseTrees), findings });
    } catch (error) {
      send({ type: 'error', message: (error as Error).message, usage: error instanceof UsageError });
    }
  });
} catch (error) {
  send({ type: 'error', message: (error as Error).message, usage: error instanceof UsageError });
}
