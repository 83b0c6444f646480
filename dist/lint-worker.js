import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);
import {
  FileRange,
  packFiles
} from "./chunk-EYQTWA6J.js";
import "./chunk-JD2MU42I.js";
import "./chunk-6KETGI7Z.js";
import {
  loadKeptTreesParser,
  loadParser
} from "./chunk-C74ZEOQR.js";
import "./chunk-WEHHNOLE.js";
import "./chunk-BJJ7RUVL.js";
import "./chunk-3A7T3MXJ.js";
import "./chunk-C6ROTVYX.js";
import {
  UsageError
} from "./chunk-KMD5P3L4.js";
import "./chunk-CRXCDDBS.js";
import "./chunk-A56RWH2U.js";

// src/parallel/worker.ts
import { parentPort } from "node:worker_threads";
var port = parentPort, send = (message, transfer = []) => port.postMessage(message, transfer), fail = (error) => send({ type: "error", message: error.message, usage: error instanceof UsageError }), parserReady = Promise.all([loadParser(), loadKeptTreesParser()]);
port.once("message", async (input) => {
  try {
    await parserReady;
    let range = new FileRange(input), packed = packFiles(range.files);
    send({ type: "parsed", effects: range.effects(), files: packed }, [packed.ranges.buffer]), port.once("message", (earlier) => {
      try {
        send({ type: "done", findings: range.check(earlier.effects, input.config) });
      } catch (error) {
        fail(error);
      }
    });
  } catch (error) {
    fail(error);
  }
});
