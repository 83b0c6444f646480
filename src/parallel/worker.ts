// Entry of a statement-linting worker thread (bundled as dist/lint-worker.js). See ./index.ts.
// It may be started before there is work (src/parallel/pool.ts), so it loads the parser first and then
// waits for its job: the files to parse, then the history of the files before them.

import { parentPort } from 'node:worker_threads';
import { UsageError } from '../errors.ts';
import { loadKeptTreesParser } from '../parse/kept-trees.ts';
import { loadParser } from '../parse/parse-file.ts';
import { packFiles, type EarlierHistory, type WorkerInput, type WorkerMessage } from './protocol.ts';
import { FileRange } from './range.ts';

const port = parentPort!;
const send = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
const fail = (error: unknown) =>
  send({ type: 'error', message: (error as Error).message, usage: error instanceof UsageError });

const parserReady = Promise.all([loadParser(), loadKeptTreesParser()]);

port.once('message', async (input: WorkerInput) => {
  try {
    await parserReady;
    const range = new FileRange(input);
    // The files go now, not with the findings: the main thread unpacks them while this thread checks.
    const packed = packFiles(range.files);
    send({ type: 'parsed', effects: range.effects(), files: packed }, [packed.ranges.buffer as ArrayBuffer]);
    port.once('message', (earlier: EarlierHistory) => {
      try {
        send({ type: 'done', findings: range.check(earlier.effects, input.config) });
      } catch (error) {
        fail(error);
      }
    });
  } catch (error) {
    fail(error);
  }
});
