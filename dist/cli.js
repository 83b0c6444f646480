#!/usr/bin/env node
import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require < "u" ? require : typeof Proxy < "u" ? new Proxy(x, {
  get: (a, b) => (typeof require < "u" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require < "u") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: !0 }) : target,
  mod
));

// node_modules/@pgsql/types/types.js
var require_types = __commonJS({
  "node_modules/@pgsql/types/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
  }
});

// node_modules/@pgsql/types/enums.js
var require_enums = __commonJS({
  "node_modules/@pgsql/types/enums.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
  }
});

// node_modules/@pgsql/types/index.js
var require_types2 = __commonJS({
  "node_modules/@pgsql/types/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p) && __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: !0 });
    __exportStar(require_types(), exports);
    __exportStar(require_enums(), exports);
  }
});

// node_modules/libpg-query/wasm/libpg-query.js
var require_libpg_query = __commonJS({
  "node_modules/libpg-query/wasm/libpg-query.js"(exports, module) {
    var PgQueryModule = (() => {
      var _scriptName = globalThis.document?.currentScript?.src;
      return async function(moduleArg = {}) {
        var Module = moduleArg, ENVIRONMENT_IS_WEB = !!globalThis.window, ENVIRONMENT_IS_WORKER = !!globalThis.WorkerGlobalScope, ENVIRONMENT_IS_NODE = globalThis.process?.versions?.node && globalThis.process?.type != "renderer", programArgs = [], thisProgram = "./this.program", quit_ = (status, toThrow) => {
          throw toThrow;
        };
        typeof __filename < "u" ? _scriptName = __filename : ENVIRONMENT_IS_WORKER && (_scriptName = self.location.href);
        var scriptDirectory = "";
        function locateFile(path5) {
          return Module.locateFile ? Module.locateFile(path5, scriptDirectory) : scriptDirectory + path5;
        }
        var readAsync, readBinary;
        if (ENVIRONMENT_IS_NODE) {
          var fs = __require("node:fs");
          scriptDirectory = __dirname + "/", readBinary = (filename) => {
            filename = isFileURI(filename) ? new URL(filename) : filename;
            var ret = fs.readFileSync(filename);
            return ret;
          }, readAsync = async (filename, binary = !0) => {
            filename = isFileURI(filename) ? new URL(filename) : filename;
            var ret = fs.readFileSync(filename, binary ? void 0 : "utf8");
            return ret;
          }, process.argv.length > 1 && (thisProgram = process.argv[1].replace(/\\/g, "/")), programArgs = process.argv.slice(2), quit_ = (status, toThrow) => {
            throw process.exitCode = status, toThrow;
          };
        } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
          try {
            scriptDirectory = new URL(".", _scriptName).href;
          } catch {
          }
          ENVIRONMENT_IS_WORKER && (readBinary = (url) => {
            var xhr = new XMLHttpRequest();
            return xhr.open("GET", url, !1), xhr.responseType = "arraybuffer", xhr.send(null), new Uint8Array(xhr.response);
          }), readAsync = async (url) => {
            var response = await fetch(url, { credentials: "same-origin" });
            if (response.ok)
              return response.arrayBuffer();
            throw new Error(response.status + " : " + response.url);
          };
        }
        var out = console.log.bind(console), err = console.error.bind(console), wasmBinary, ABORT = !1, EXITSTATUS, isFileURI = (filename) => filename.startsWith("file://");
        class EmscriptenEH {
        }
        class EmscriptenSjLj extends EmscriptenEH {
        }
        var runtimeInitialized = !1;
        function getMemoryBuffer() {
          return wasmMemory.buffer;
        }
        function updateMemoryViews() {
          if (!HEAP8?.buffer?.resizable) {
            var b = getMemoryBuffer();
            HEAP8 = new Int8Array(b), HEAP16 = new Int16Array(b), Module.HEAPU8 = HEAPU8 = new Uint8Array(b), HEAPU16 = new Uint16Array(b), HEAP32 = new Int32Array(b), Module.HEAPU32 = HEAPU32 = new Uint32Array(b), HEAPF32 = new Float32Array(b), HEAPF64 = new Float64Array(b), HEAP64 = new BigInt64Array(b), HEAPU64 = new BigUint64Array(b);
          }
        }
        function preRun() {
          var preRun2 = Module.preRun;
          preRun2 && (typeof preRun2 == "function" && (preRun2 = [preRun2]), onPreRuns.push(...preRun2)), callRuntimeCallbacks(onPreRuns);
        }
        function initRuntime() {
          runtimeInitialized = !0, !Module.noFSInit && !FS.initialized && FS.init(), TTY.init(), wasmExports.A(), FS.ignorePermissions = !1;
        }
        function postRun() {
          var postRun2 = Module.postRun;
          postRun2 && (typeof postRun2 == "function" && (postRun2 = [postRun2]), onPostRuns.push(...postRun2)), callRuntimeCallbacks(onPostRuns);
        }
        function abort(what) {
          Module.onAbort?.(what), what = `Aborted(${what})`, err(what), ABORT = !0, what += ". Build with -sASSERTIONS for more info.";
          var e = new WebAssembly.RuntimeError(what);
          throw e;
        }
        var wasmBinaryFile;
        function findWasmBinary() {
          return locateFile("libpg-query.wasm");
        }
        function getBinarySync(file) {
          if (readBinary)
            return readBinary(file);
          throw "both async and sync fetching of the wasm failed";
        }
        async function getWasmBinary(binaryFile) {
          if (!wasmBinary)
            try {
              var response = await readAsync(binaryFile);
              return new Uint8Array(response);
            } catch {
            }
          return getBinarySync(binaryFile);
        }
        async function instantiateArrayBuffer(binaryFile, imports) {
          try {
            var binary = await getWasmBinary(binaryFile), instance = await WebAssembly.instantiate(binary, imports);
            return instance;
          } catch (reason) {
            err(`failed to asynchronously prepare wasm: ${reason}`), abort(reason);
          }
        }
        async function instantiateAsync(binary, binaryFile, imports) {
          if (!binary && !ENVIRONMENT_IS_NODE)
            try {
              var response = fetch(binaryFile, { credentials: "same-origin" }), instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
              return instantiationResult;
            } catch (reason) {
              err(`wasm streaming compile failed: ${reason}`), err("falling back to ArrayBuffer instantiation");
            }
          return instantiateArrayBuffer(binaryFile, imports);
        }
        function getWasmImports() {
          var imports = { a: wasmImports };
          return imports;
        }
        async function createWasm() {
          function receiveInstance(instance) {
            return wasmExports = instance.exports, assignWasmExports(wasmExports), updateMemoryViews(), wasmExports;
          }
          function receiveInstantiationResult(result2) {
            return receiveInstance(result2.instance);
          }
          var info = getWasmImports(), instantiateWasm = Module.instantiateWasm;
          if (instantiateWasm)
            return new Promise((resolve) => {
              instantiateWasm(info, (inst) => resolve(receiveInstance(inst)));
            });
          wasmBinaryFile ??= findWasmBinary();
          var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info), exports2 = receiveInstantiationResult(result);
          return exports2;
        }
        class ExitStatus {
          name = "ExitStatus";
          constructor(status) {
            this.message = `Program terminated with exit(${status})`, this.status = status;
          }
        }
        var HEAP16, HEAP32, HEAP64, HEAP8, HEAPF32, HEAPF64, HEAPU16, HEAPU32, HEAPU64, HEAPU8, callRuntimeCallbacks = (callbacks) => {
          for (; callbacks.length > 0; )
            callbacks.shift()(Module);
        }, onPostRuns = [], onPreRuns = [];
        function getValue(ptr, type = "i8") {
          switch (type.endsWith("*") && (type = "*"), type) {
            case "i1":
              return HEAP8[ptr];
            case "i8":
              return HEAP8[ptr];
            case "i16":
              return HEAP16[ptr >> 1];
            case "i32":
              return HEAP32[ptr >> 2];
            case "i64":
              return HEAP64[ptr >> 3];
            case "float":
              return HEAPF32[ptr >> 2];
            case "double":
              return HEAPF64[ptr >> 3];
            case "*":
              return HEAPU32[ptr >> 2];
            default:
              abort(`invalid type for getValue: ${type}`);
          }
        }
        var noExitRuntime = !0, stackRestore = (val) => __emscripten_stack_restore(val), stackSave = () => _emscripten_stack_get_current(), UTF8Decoder = globalThis.TextDecoder && new TextDecoder(), findStringEnd = (heapOrArray, idx, maxBytesToRead, ignoreNul) => {
          var maxIdx = idx + maxBytesToRead;
          if (ignoreNul) return maxIdx;
          for (; heapOrArray[idx] && !(idx >= maxIdx); ) ++idx;
          return idx;
        }, UTF8ArrayToString = (heapOrArray, idx = 0, maxBytesToRead, ignoreNul) => {
          var endPtr = findStringEnd(heapOrArray, idx, maxBytesToRead, ignoreNul);
          if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder)
            return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
          for (var str = ""; idx < endPtr; ) {
            var u0 = heapOrArray[idx++];
            if (!(u0 & 128)) {
              str += String.fromCharCode(u0);
              continue;
            }
            var u1 = heapOrArray[idx++] & 63;
            if ((u0 & 224) == 192) {
              str += String.fromCharCode((u0 & 31) << 6 | u1);
              continue;
            }
            var u2 = heapOrArray[idx++] & 63;
            if ((u0 & 240) == 224 ? u0 = (u0 & 15) << 12 | u1 << 6 | u2 : u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63, u0 < 65536)
              str += String.fromCharCode(u0);
            else {
              var ch = u0 - 65536;
              str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
            }
          }
          return str;
        }, UTF8ToString = (ptr, maxBytesToRead, ignoreNul) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead, ignoreNul) : "", ___assert_fail = (condition, filename, line, func) => abort(`Assertion failed: ${UTF8ToString(condition)}, at: ` + [filename ? UTF8ToString(filename) : "unknown filename", line, func ? UTF8ToString(func) : "unknown function"]), __abort_js = () => abort(""), runtimeKeepaliveCounter = 0, __emscripten_runtime_keepalive_clear = () => {
          noExitRuntime = !1, runtimeKeepaliveCounter = 0;
        }, __emscripten_throw_longjmp = () => {
          throw new EmscriptenSjLj();
        }, timers = {}, handleException = (e) => {
          if (e instanceof ExitStatus || e == "unwind")
            return EXITSTATUS;
          quit_(1, e);
        }, keepRuntimeAlive = () => noExitRuntime || runtimeKeepaliveCounter > 0, _proc_exit = (code) => {
          EXITSTATUS = code, keepRuntimeAlive() || (Module.onExit?.(code), ABORT = !0), quit_(code, new ExitStatus(code));
        }, exitJS = (status, implicit) => {
          EXITSTATUS = status, _proc_exit(status);
        }, _exit = exitJS, maybeExit = () => {
          if (!keepRuntimeAlive())
            try {
              _exit(EXITSTATUS);
            } catch (e) {
              handleException(e);
            }
        }, callUserCallback = (func) => {
          if (!ABORT)
            try {
              return func();
            } catch (e) {
              handleException(e);
            } finally {
              maybeExit();
            }
        }, _emscripten_get_now = () => performance.now(), __setitimer_js = (which, timeout_ms) => {
          if (timers[which] && (clearTimeout(timers[which].id), delete timers[which]), !timeout_ms) return 0;
          var id = setTimeout(() => {
            delete timers[which], callUserCallback(() => __emscripten_timeout(which, _emscripten_get_now()));
          }, timeout_ms);
          return timers[which] = { id, timeout_ms }, 0;
        }, getHeapMax = () => 1073741824, alignMemory = (size, alignment) => Math.ceil(size / alignment) * alignment, growMemory = (size) => {
          var oldHeapSize = wasmMemory.buffer.byteLength, pages = (size - oldHeapSize + 65535) / 65536 | 0;
          try {
            return wasmMemory.grow(pages), updateMemoryViews(), 1;
          } catch {
          }
        }, _emscripten_resize_heap = (requestedSize) => {
          var oldSize = HEAPU8.length;
          requestedSize >>>= 0;
          var maxHeapSize = getHeapMax();
          if (requestedSize > maxHeapSize)
            return !1;
          for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
            var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
            overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
            var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536)), replacement = growMemory(newSize);
            if (replacement)
              return !0;
          }
          return !1;
        }, PATH = { isAbs: (path5) => path5.charAt(0) === "/", splitPath: (filename) => {
          var splitPathRe = /^(\/?|)([\s\S]*?)((?:\.{1,2}|[^\/]+?|)(\.[^.\/]*|))(?:[\/]*)$/;
          return splitPathRe.exec(filename).slice(1);
        }, normalizeArray: (parts, allowAboveRoot) => {
          for (var up = 0, i = parts.length - 1; i >= 0; i--) {
            var last = parts[i];
            last === "." ? parts.splice(i, 1) : last === ".." ? (parts.splice(i, 1), up++) : up && (parts.splice(i, 1), up--);
          }
          if (allowAboveRoot)
            for (; up; up--)
              parts.unshift("..");
          return parts;
        }, normalize: (path5) => {
          var isAbsolute = PATH.isAbs(path5), trailingSlash = path5.slice(-1) === "/";
          return path5 = PATH.normalizeArray(path5.split("/").filter((p) => !!p), !isAbsolute).join("/"), !path5 && !isAbsolute && (path5 = "."), path5 && trailingSlash && (path5 += "/"), (isAbsolute ? "/" : "") + path5;
        }, dirname: (path5) => {
          var result = PATH.splitPath(path5), root = result[0], dir = result[1];
          return !root && !dir ? "." : (dir && (dir = dir.slice(0, -1)), root + dir);
        }, basename: (path5) => path5 && path5.match(/([^\/]+|\/)\/*$/)[1], join: (...paths) => PATH.normalize(paths.join("/")), join2: (l, r) => PATH.normalize(l + "/" + r) }, initRandomFill = () => {
          if (ENVIRONMENT_IS_NODE) {
            var nodeCrypto = __require("node:crypto");
            return (view) => (nodeCrypto.randomFillSync(view), 0);
          }
          return (view) => (crypto.getRandomValues(view), 0);
        }, randomFill = (view) => (randomFill = initRandomFill())(view), PATH_FS = { resolve: (...args) => {
          for (var resolvedPath = "", resolvedAbsolute = !1, i = args.length - 1; i >= -1 && !resolvedAbsolute; i--) {
            var path5 = i >= 0 ? args[i] : FS.cwd();
            if (typeof path5 != "string")
              throw new TypeError("Arguments to path.resolve must be strings");
            if (!path5)
              return "";
            resolvedPath = path5 + "/" + resolvedPath, resolvedAbsolute = PATH.isAbs(path5);
          }
          return resolvedPath = PATH.normalizeArray(resolvedPath.split("/").filter((p) => !!p), !resolvedAbsolute).join("/"), (resolvedAbsolute ? "/" : "") + resolvedPath || ".";
        }, relative: (from, to) => {
          from = PATH_FS.resolve(from).slice(1), to = PATH_FS.resolve(to).slice(1);
          function trim(arr) {
            for (var start = 0; start < arr.length && arr[start] === ""; start++)
              ;
            for (var end = arr.length - 1; end >= 0 && arr[end] === ""; end--)
              ;
            return start > end ? [] : arr.slice(start, end - start + 1);
          }
          for (var fromParts = trim(from.split("/")), toParts = trim(to.split("/")), length = Math.min(fromParts.length, toParts.length), samePartsLength = length, i = 0; i < length; i++)
            if (fromParts[i] !== toParts[i]) {
              samePartsLength = i;
              break;
            }
          for (var outputParts = [], i = samePartsLength; i < fromParts.length; i++)
            outputParts.push("..");
          return outputParts = outputParts.concat(toParts.slice(samePartsLength)), outputParts.join("/");
        } }, FS_stdin_getChar_buffer = [], lengthBytesUTF8 = (str) => {
          for (var len = 0, i = 0; i < str.length; ++i) {
            var c = str.charCodeAt(i);
            c <= 127 ? len++ : c <= 2047 ? len += 2 : c >= 55296 && c <= 57343 ? (len += 4, ++i) : len += 3;
          }
          return len;
        }, stringToUTF8Array = (str, heap, outIdx, maxBytesToWrite) => {
          if (!(maxBytesToWrite > 0)) return 0;
          for (var startIdx = outIdx, endIdx = outIdx + maxBytesToWrite - 1, i = 0; i < str.length; ++i) {
            var u = str.codePointAt(i);
            if (u <= 127) {
              if (outIdx >= endIdx) break;
              heap[outIdx++] = u;
            } else if (u <= 2047) {
              if (outIdx + 1 >= endIdx) break;
              heap[outIdx++] = 192 | u >> 6, heap[outIdx++] = 128 | u & 63;
            } else if (u <= 65535) {
              if (outIdx + 2 >= endIdx) break;
              heap[outIdx++] = 224 | u >> 12, heap[outIdx++] = 128 | u >> 6 & 63, heap[outIdx++] = 128 | u & 63;
            } else {
              if (outIdx + 3 >= endIdx) break;
              heap[outIdx++] = 240 | u >> 18, heap[outIdx++] = 128 | u >> 12 & 63, heap[outIdx++] = 128 | u >> 6 & 63, heap[outIdx++] = 128 | u & 63, i++;
            }
          }
          return heap[outIdx] = 0, outIdx - startIdx;
        }, intArrayFromString = (stringy, dontAddNull, length) => {
          var len = length > 0 ? length : lengthBytesUTF8(stringy) + 1, u8array = new Array(len), numBytesWritten = stringToUTF8Array(stringy, u8array, 0, u8array.length);
          return dontAddNull && (u8array.length = numBytesWritten), u8array;
        }, FS_stdin_getChar = () => {
          if (!FS_stdin_getChar_buffer.length) {
            var result = null;
            if (ENVIRONMENT_IS_NODE) {
              var BUFSIZE = 256, buf = Buffer.alloc(BUFSIZE), bytesRead = 0, fd = process.stdin.fd;
              try {
                bytesRead = fs.readSync(fd, buf, 0, BUFSIZE);
              } catch (e) {
                if (e.toString().includes("EOF")) bytesRead = 0;
                else throw e;
              }
              bytesRead > 0 && (result = buf.slice(0, bytesRead).toString("utf-8"));
            } else globalThis.window?.prompt && (result = window.prompt("Input: "), result !== null && (result += `
`));
            if (!result)
              return null;
            FS_stdin_getChar_buffer = intArrayFromString(result, !0);
          }
          return FS_stdin_getChar_buffer.shift();
        }, TTY = { ttys: [], init() {
        }, shutdown() {
        }, register(dev, ops) {
          TTY.ttys[dev] = { input: [], output: [], ops }, FS.registerDevice(dev, TTY.stream_ops);
        }, stream_ops: { open(stream) {
          var tty = TTY.ttys[stream.node.rdev];
          if (!tty)
            throw new FS.ErrnoError(43);
          stream.tty = tty, stream.seekable = !1;
        }, close(stream) {
          stream.tty.ops.fsync(stream.tty);
        }, fsync(stream) {
          stream.tty.ops.fsync(stream.tty);
        }, read(stream, buffer, offset, length, pos) {
          if (!stream.tty || !stream.tty.ops.get_char)
            throw new FS.ErrnoError(60);
          for (var bytesRead = 0, i = 0; i < length; i++) {
            var result;
            try {
              result = stream.tty.ops.get_char(stream.tty);
            } catch {
              throw new FS.ErrnoError(29);
            }
            if (result === void 0 && bytesRead === 0)
              throw new FS.ErrnoError(6);
            if (result == null) break;
            bytesRead++, buffer[offset + i] = result;
          }
          return bytesRead && (stream.node.atime = Date.now()), bytesRead;
        }, write(stream, buffer, offset, length, pos) {
          if (!stream.tty || !stream.tty.ops.put_char)
            throw new FS.ErrnoError(60);
          try {
            for (var i = 0; i < length; i++)
              stream.tty.ops.put_char(stream.tty, buffer[offset + i]);
          } catch {
            throw new FS.ErrnoError(29);
          }
          return length && (stream.node.mtime = stream.node.ctime = Date.now()), i;
        } }, default_tty_ops: { get_char(tty) {
          return FS_stdin_getChar();
        }, put_char(tty, val) {
          val === null || val === 10 ? (out(UTF8ArrayToString(tty.output)), tty.output = []) : val != 0 && tty.output.push(val);
        }, fsync(tty) {
          tty.output?.length > 0 && (out(UTF8ArrayToString(tty.output)), tty.output = []);
        }, ioctl_tcgets(tty) {
          return { c_iflag: 25856, c_oflag: 5, c_cflag: 191, c_lflag: 35387, c_cc: [3, 28, 127, 21, 4, 0, 1, 0, 17, 19, 26, 0, 18, 15, 23, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] };
        }, ioctl_tcsets(tty, optional_actions, data) {
          return 0;
        }, ioctl_tiocgwinsz(tty) {
          return [24, 80];
        } }, default_tty1_ops: { put_char(tty, val) {
          val === null || val === 10 ? (err(UTF8ArrayToString(tty.output)), tty.output = []) : val != 0 && tty.output.push(val);
        }, fsync(tty) {
          tty.output?.length > 0 && (err(UTF8ArrayToString(tty.output)), tty.output = []);
        } } }, mmapAlloc = (size) => {
          abort();
        }, MEMFS = { ops_table: null, mount(mount) {
          return MEMFS.createNode(null, "/", 16895, 0);
        }, createNode(parent, name, mode, dev) {
          if (FS.isBlkdev(mode) || FS.isFIFO(mode))
            throw new FS.ErrnoError(63);
          MEMFS.ops_table ||= { dir: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, lookup: MEMFS.node_ops.lookup, mknod: MEMFS.node_ops.mknod, rename: MEMFS.node_ops.rename, unlink: MEMFS.node_ops.unlink, rmdir: MEMFS.node_ops.rmdir, readdir: MEMFS.node_ops.readdir, symlink: MEMFS.node_ops.symlink }, stream: { llseek: MEMFS.stream_ops.llseek } }, file: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: { llseek: MEMFS.stream_ops.llseek, read: MEMFS.stream_ops.read, write: MEMFS.stream_ops.write, mmap: MEMFS.stream_ops.mmap, msync: MEMFS.stream_ops.msync } }, link: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, readlink: MEMFS.node_ops.readlink }, stream: {} }, chrdev: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: FS.chrdev_stream_ops } };
          var node = FS.createNode(parent, name, mode, dev);
          return FS.isDir(node.mode) ? (node.node_ops = MEMFS.ops_table.dir.node, node.stream_ops = MEMFS.ops_table.dir.stream, node.contents = {}) : FS.isFile(node.mode) ? (node.node_ops = MEMFS.ops_table.file.node, node.stream_ops = MEMFS.ops_table.file.stream, node.usedBytes = 0, node.contents = MEMFS.emptyFileContents ??= new Uint8Array(0)) : FS.isLink(node.mode) ? (node.node_ops = MEMFS.ops_table.link.node, node.stream_ops = MEMFS.ops_table.link.stream) : FS.isChrdev(node.mode) && (node.node_ops = MEMFS.ops_table.chrdev.node, node.stream_ops = MEMFS.ops_table.chrdev.stream), node.atime = node.mtime = node.ctime = Date.now(), parent && (parent.contents[name] = node, parent.atime = parent.mtime = parent.ctime = node.atime), node;
        }, getFileDataAsTypedArray(node) {
          return node.contents.subarray(0, node.usedBytes);
        }, expandFileStorage(node, newCapacity) {
          var prevCapacity = node.contents.length;
          if (!(prevCapacity >= newCapacity)) {
            var CAPACITY_DOUBLING_MAX = 1024 * 1024;
            newCapacity = Math.max(newCapacity, prevCapacity * (prevCapacity < CAPACITY_DOUBLING_MAX ? 2 : 1.125) >>> 0), prevCapacity && (newCapacity = Math.max(newCapacity, 256));
            var oldContents = MEMFS.getFileDataAsTypedArray(node);
            node.contents = new Uint8Array(newCapacity), node.contents.set(oldContents);
          }
        }, resizeFileStorage(node, newSize) {
          if (node.usedBytes != newSize) {
            var oldContents = node.contents;
            node.contents = new Uint8Array(newSize), node.contents.set(oldContents.subarray(0, Math.min(newSize, node.usedBytes))), node.usedBytes = newSize;
          }
        }, node_ops: { getattr(node) {
          var attr = {};
          return attr.dev = FS.isChrdev(node.mode) ? node.id : 1, attr.ino = node.id, attr.mode = node.mode, attr.nlink = 1, attr.uid = 0, attr.gid = 0, attr.rdev = node.rdev, FS.isDir(node.mode) ? attr.size = 4096 : FS.isFile(node.mode) ? attr.size = node.usedBytes : FS.isLink(node.mode) ? attr.size = node.link.length : attr.size = 0, attr.atime = new Date(node.atime), attr.mtime = new Date(node.mtime), attr.ctime = new Date(node.ctime), attr.blksize = 4096, attr.blocks = Math.ceil(attr.size / attr.blksize), attr;
        }, setattr(node, attr) {
          for (let key of ["mode", "atime", "mtime", "ctime"])
            attr[key] != null && (node[key] = attr[key]);
          attr.size !== void 0 && MEMFS.resizeFileStorage(node, attr.size);
        }, lookup(parent, name) {
          throw MEMFS.doesNotExistError || (MEMFS.doesNotExistError = new FS.ErrnoError(44), MEMFS.doesNotExistError.stack = "<generic error, no stack>"), MEMFS.doesNotExistError;
        }, mknod(parent, name, mode, dev) {
          return MEMFS.createNode(parent, name, mode, dev);
        }, rename(old_node, new_dir, new_name) {
          var new_node;
          try {
            new_node = FS.lookupNode(new_dir, new_name);
          } catch {
          }
          if (new_node) {
            if (FS.isDir(old_node.mode))
              for (var i in new_node.contents)
                throw new FS.ErrnoError(55);
            FS.hashRemoveNode(new_node);
          }
          delete old_node.parent.contents[old_node.name], new_dir.contents[new_name] = old_node, old_node.name = new_name, new_dir.ctime = new_dir.mtime = old_node.parent.ctime = old_node.parent.mtime = Date.now();
        }, unlink(parent, name) {
          delete parent.contents[name], parent.ctime = parent.mtime = Date.now();
        }, rmdir(parent, name) {
          var node = FS.lookupNode(parent, name);
          for (var i in node.contents)
            throw new FS.ErrnoError(55);
          delete parent.contents[name], parent.ctime = parent.mtime = Date.now();
        }, readdir(node) {
          return [".", "..", ...Object.keys(node.contents)];
        }, symlink(parent, newname, oldpath) {
          var node = MEMFS.createNode(parent, newname, 41471, 0);
          return node.link = oldpath, node;
        }, readlink(node) {
          if (!FS.isLink(node.mode))
            throw new FS.ErrnoError(28);
          return node.link;
        } }, stream_ops: { read(stream, buffer, offset, length, position) {
          var contents = stream.node.contents;
          if (position >= stream.node.usedBytes) return 0;
          var size = Math.min(stream.node.usedBytes - position, length);
          return buffer.set(contents.subarray(position, position + size), offset), size;
        }, write(stream, buffer, offset, length, position, canOwn) {
          if (buffer.buffer === HEAP8.buffer && (canOwn = !1), !length) return 0;
          var node = stream.node;
          return node.mtime = node.ctime = Date.now(), canOwn ? (node.contents = buffer.subarray(offset, offset + length), node.usedBytes = length) : node.usedBytes === 0 && position === 0 ? (node.contents = buffer.slice(offset, offset + length), node.usedBytes = length) : (MEMFS.expandFileStorage(node, position + length), node.contents.set(buffer.subarray(offset, offset + length), position), node.usedBytes = Math.max(node.usedBytes, position + length)), length;
        }, llseek(stream, offset, whence) {
          var position = offset;
          if (whence === 1 ? position += stream.position : whence === 2 && FS.isFile(stream.node.mode) && (position += stream.node.usedBytes), position < 0)
            throw new FS.ErrnoError(28);
          return position;
        }, mmap(stream, length, position, prot, flags) {
          if (!FS.isFile(stream.node.mode))
            throw new FS.ErrnoError(43);
          var ptr, allocated, contents = stream.node.contents;
          if (!(flags & 2) && contents.buffer === HEAP8.buffer)
            allocated = !1, ptr = contents.byteOffset;
          else {
            if (allocated = !0, ptr = mmapAlloc(length), !ptr)
              throw new FS.ErrnoError(48);
            contents && ((position > 0 || position + length < contents.length) && (contents.subarray ? contents = contents.subarray(position, position + length) : contents = Array.prototype.slice.call(contents, position, position + length)), HEAP8.set(contents, ptr));
          }
          return { ptr, allocated };
        }, msync(stream, buffer, offset, length, mmapFlags) {
          return MEMFS.stream_ops.write(stream, buffer, 0, length, offset, !1), 0;
        } } }, FS_modeStringToFlags = (str) => {
          if (typeof str != "string") return str;
          var flagModes = { r: 0, "r+": 2, w: 577, "w+": 578, a: 1089, "a+": 1090 }, flags = flagModes[str];
          if (typeof flags > "u")
            throw new Error(`Unknown file open mode: ${str}`);
          return flags;
        }, FS_fileDataToTypedArray = (data) => (typeof data == "string" && (data = intArrayFromString(data, !0)), data.subarray || (data = new Uint8Array(data)), data), FS_getMode = (canRead, canWrite) => {
          var mode = 0;
          return canRead && (mode |= 365), canWrite && (mode |= 146), mode;
        }, asyncLoad = async (url) => {
          var arrayBuffer = await readAsync(url);
          return new Uint8Array(arrayBuffer);
        }, FS_createDataFile = (...args) => FS.createDataFile(...args), getUniqueRunDependency = (id) => id, dependenciesPromise = null, resolveRunDependencies = async () => dependenciesPromise, runDependencies = 0, dependenciesPromiseResolve = null, removeRunDependency = (id) => {
          runDependencies--, Module.monitorRunDependencies?.(runDependencies), runDependencies || dependenciesPromiseResolve();
        }, addRunDependency = (id) => {
          runDependencies || (dependenciesPromise = new Promise((resolve) => dependenciesPromiseResolve = resolve)), runDependencies++, Module.monitorRunDependencies?.(runDependencies);
        }, preloadPlugins = [], FS_handledByPreloadPlugin = async (byteArray, fullname) => {
          typeof Browser < "u" && Browser.init();
          for (var plugin of preloadPlugins)
            if (plugin.canHandle(fullname))
              return plugin.handle(byteArray, fullname);
          return byteArray;
        }, FS_preloadFile = async (parent, name, url, canRead, canWrite, dontCreateFile, canOwn, preFinish) => {
          var fullname = name ? PATH_FS.resolve(PATH.join2(parent, name)) : parent, dep = getUniqueRunDependency(`cp ${fullname}`);
          addRunDependency(dep);
          try {
            var byteArray = url;
            typeof url == "string" && (byteArray = await asyncLoad(url)), byteArray = await FS_handledByPreloadPlugin(byteArray, fullname), preFinish?.(), dontCreateFile || FS_createDataFile(parent, name, byteArray, canRead, canWrite, canOwn);
          } finally {
            removeRunDependency(dep);
          }
        }, FS_createPreloadedFile = (parent, name, url, canRead, canWrite, onload, onerror, dontCreateFile, canOwn, preFinish) => {
          FS_preloadFile(parent, name, url, canRead, canWrite, dontCreateFile, canOwn, preFinish).then(onload).catch(onerror);
        }, FS = { root: null, mounts: [], devices: {}, streams: [], nextInode: 1, nameTable: null, currentPath: "/", initialized: !1, ignorePermissions: !0, filesystems: null, syncFSRequests: 0, ErrnoError: class {
          name = "ErrnoError";
          constructor(errno) {
            this.errno = errno;
          }
        }, FSStream: class {
          shared = {};
          get object() {
            return this.node;
          }
          set object(val) {
            this.node = val;
          }
          get isRead() {
            return (this.flags & 2097155) !== 1;
          }
          get isWrite() {
            return (this.flags & 2097155) !== 0;
          }
          get isAppend() {
            return this.flags & 1024;
          }
          get flags() {
            return this.shared.flags;
          }
          set flags(val) {
            this.shared.flags = val;
          }
          get position() {
            return this.shared.position;
          }
          set position(val) {
            this.shared.position = val;
          }
        }, FSNode: class {
          node_ops = {};
          stream_ops = {};
          readMode = 365;
          writeMode = 146;
          mounted = null;
          constructor(parent, name, mode, rdev) {
            parent || (parent = this), this.parent = parent, this.mount = parent.mount, this.id = FS.nextInode++, this.name = name, this.mode = mode, this.rdev = rdev, this.atime = this.mtime = this.ctime = Date.now();
          }
          get read() {
            return (this.mode & this.readMode) === this.readMode;
          }
          set read(val) {
            val ? this.mode |= this.readMode : this.mode &= ~this.readMode;
          }
          get write() {
            return (this.mode & this.writeMode) === this.writeMode;
          }
          set write(val) {
            val ? this.mode |= this.writeMode : this.mode &= ~this.writeMode;
          }
          get isFolder() {
            return FS.isDir(this.mode);
          }
          get isDevice() {
            return FS.isChrdev(this.mode);
          }
          addListener(cb, exclusive = !1) {
            var entry = { cb, exclusive }, listeners = this.listeners ??= /* @__PURE__ */ new Set();
            return listeners.add(entry), { listeners, entry };
          }
          notifyListeners(flags) {
            if (this.listeners) {
              var excl;
              for (var entry of this.listeners)
                entry.exclusive ? (excl ||= []).push(entry) : entry.cb(flags);
              if (excl) {
                var i = (this.exclTurn || 0) % excl.length;
                this.exclTurn = i + 1, excl[i].cb(flags);
              }
            }
          }
        }, lookupPath(path5, opts = {}) {
          if (!path5)
            throw new FS.ErrnoError(44);
          opts.follow_mount ??= !0, PATH.isAbs(path5) || (path5 = FS.cwd() + "/" + path5);
          linkloop: for (var nlinks = 0; nlinks < 40; nlinks++) {
            for (var parts = path5.split("/").filter((p) => !!p), current = FS.root, current_path = "/", i = 0; i < parts.length; i++) {
              var islast = i === parts.length - 1;
              if (islast && opts.parent)
                break;
              if (parts[i] !== ".") {
                if (parts[i] === "..") {
                  if (current_path = PATH.dirname(current_path), FS.isRoot(current)) {
                    path5 = current_path + "/" + parts.slice(i + 1).join("/"), nlinks--;
                    continue linkloop;
                  } else
                    current = current.parent;
                  continue;
                }
                current_path = PATH.join2(current_path, parts[i]);
                try {
                  current = FS.lookupNode(current, parts[i]);
                } catch (e) {
                  if (e?.errno === 44 && islast && opts.noent_okay)
                    return { path: current_path };
                  throw e;
                }
                if (FS.isMountpoint(current) && (!islast || opts.follow_mount) && (current = current.mounted.root), FS.isLink(current.mode) && (!islast || opts.follow)) {
                  if (!current.node_ops.readlink)
                    throw new FS.ErrnoError(52);
                  var link = current.node_ops.readlink(current);
                  PATH.isAbs(link) || (link = PATH.dirname(current_path) + "/" + link), path5 = link + "/" + parts.slice(i + 1).join("/");
                  continue linkloop;
                }
              }
            }
            return { path: current_path, node: current };
          }
          throw new FS.ErrnoError(32);
        }, getPath(node) {
          for (var path5; ; ) {
            if (FS.isRoot(node)) {
              var mount = node.mount.mountpoint;
              return path5 ? mount[mount.length - 1] !== "/" ? `${mount}/${path5}` : mount + path5 : mount;
            }
            path5 = path5 ? `${node.name}/${path5}` : node.name, node = node.parent;
          }
        }, hashName(parentid, name) {
          for (var hash2 = 0, i = 0; i < name.length; i++)
            hash2 = (hash2 << 5) - hash2 + name.charCodeAt(i) | 0;
          return (parentid + hash2 >>> 0) % FS.nameTable.length;
        }, hashAddNode(node) {
          var hash2 = FS.hashName(node.parent.id, node.name);
          node.name_next = FS.nameTable[hash2], FS.nameTable[hash2] = node;
        }, hashRemoveNode(node) {
          var hash2 = FS.hashName(node.parent.id, node.name);
          if (FS.nameTable[hash2] === node)
            FS.nameTable[hash2] = node.name_next;
          else
            for (var current = FS.nameTable[hash2]; current; ) {
              if (current.name_next === node) {
                current.name_next = node.name_next;
                break;
              }
              current = current.name_next;
            }
        }, lookupNode(parent, name) {
          var errCode = FS.mayLookup(parent);
          if (errCode)
            throw new FS.ErrnoError(errCode);
          for (var hash2 = FS.hashName(parent.id, name), node = FS.nameTable[hash2]; node; node = node.name_next) {
            var nodeName = node.name;
            if (node.parent.id === parent.id && nodeName === name)
              return node;
          }
          return FS.lookup(parent, name);
        }, createNode(parent, name, mode, rdev) {
          var node = new FS.FSNode(parent, name, mode, rdev);
          return FS.hashAddNode(node), node;
        }, destroyNode(node) {
          FS.hashRemoveNode(node);
        }, isRoot(node) {
          return node === node.parent;
        }, isMountpoint(node) {
          return !!node.mounted;
        }, isFile(mode) {
          return (mode & 61440) === 32768;
        }, isDir(mode) {
          return (mode & 61440) === 16384;
        }, isLink(mode) {
          return (mode & 61440) === 40960;
        }, isChrdev(mode) {
          return (mode & 61440) === 8192;
        }, isBlkdev(mode) {
          return (mode & 61440) === 24576;
        }, isFIFO(mode) {
          return (mode & 61440) === 4096;
        }, isSocket(mode) {
          return (mode & 49152) === 49152;
        }, flagsToPermissionString(flag) {
          var perms = ["r", "w", "rw"][flag & 3];
          return flag & 512 && (perms += "w"), perms;
        }, nodePermissions(node, perms) {
          return FS.ignorePermissions ? 0 : perms.includes("r") && !(node.mode & 292) || perms.includes("w") && !(node.mode & 146) || perms.includes("x") && !(node.mode & 73) ? 2 : 0;
        }, mayLookup(dir) {
          if (!FS.isDir(dir.mode)) return 54;
          var errCode = FS.nodePermissions(dir, "x");
          return errCode || (dir.node_ops.lookup ? 0 : 2);
        }, mayCreate(dir, name) {
          if (!FS.isDir(dir.mode))
            return 54;
          try {
            var node = FS.lookupNode(dir, name);
            return 20;
          } catch {
          }
          return FS.nodePermissions(dir, "wx");
        }, mayDelete(dir, name, isdir) {
          var node;
          try {
            node = FS.lookupNode(dir, name);
          } catch (e) {
            return e.errno;
          }
          var errCode = FS.nodePermissions(dir, "wx");
          if (errCode)
            return errCode;
          if (isdir) {
            if (!FS.isDir(node.mode))
              return 54;
            if (FS.isRoot(node) || FS.getPath(node) === FS.cwd())
              return 10;
          } else if (FS.isDir(node.mode))
            return 31;
          return 0;
        }, mayOpen(node, flags) {
          if (!node)
            return 44;
          if (FS.isLink(node.mode))
            return 32;
          var mode = FS.flagsToPermissionString(flags);
          return FS.isDir(node.mode) && (mode !== "r" || flags & 576) ? 31 : FS.nodePermissions(node, mode);
        }, checkOpExists(op, err2) {
          if (!op)
            throw new FS.ErrnoError(err2);
          return op;
        }, MAX_OPEN_FDS: 4096, nextfd() {
          for (var fd = 0; fd <= FS.MAX_OPEN_FDS; fd++)
            if (!FS.streams[fd])
              return fd;
          throw new FS.ErrnoError(33);
        }, getStreamChecked(fd) {
          var stream = FS.getStream(fd);
          if (!stream)
            throw new FS.ErrnoError(8);
          return stream;
        }, getStream: (fd) => FS.streams[fd], createStream(stream, fd = -1) {
          return stream = Object.assign(new FS.FSStream(), stream), fd == -1 && (fd = FS.nextfd()), stream.fd = fd, FS.streams[fd] = stream, stream;
        }, closeStream(fd) {
          FS.streams[fd] = null;
        }, dupStream(origStream, fd = -1) {
          var stream = FS.createStream(origStream, fd);
          return stream.stream_ops?.dup?.(stream), stream;
        }, doSetAttr(stream, node, attr) {
          var setattr = stream?.stream_ops.setattr, arg = setattr ? stream : node;
          setattr ??= node.node_ops.setattr, FS.checkOpExists(setattr, 63);
          try {
            setattr(arg, attr);
          } catch (e) {
            throw e instanceof RangeError ? new FS.ErrnoError(22) : e;
          }
        }, chrdev_stream_ops: { open(stream) {
          var device = FS.getDevice(stream.node.rdev);
          stream.stream_ops = device.stream_ops, stream.stream_ops.open?.(stream);
        }, llseek() {
          throw new FS.ErrnoError(70);
        } }, major: (dev) => dev >> 8, minor: (dev) => dev & 255, makedev: (ma, mi) => ma << 8 | mi, registerDevice(dev, ops) {
          FS.devices[dev] = { stream_ops: ops };
        }, getDevice: (dev) => FS.devices[dev], getMounts(mount) {
          for (var mounts = [], check = [mount]; check.length; ) {
            var m = check.pop();
            mounts.push(m), check.push(...m.mounts);
          }
          return mounts;
        }, syncfs(populate, callback) {
          typeof populate == "function" && (callback = populate, populate = !1), FS.syncFSRequests++, FS.syncFSRequests > 1 && err(`warning: ${FS.syncFSRequests} FS.syncfs operations in flight at once, probably just doing extra work`);
          var mounts = FS.getMounts(FS.root.mount), completed = 0;
          function doCallback(errCode) {
            return FS.syncFSRequests--, callback(errCode);
          }
          function done(errCode) {
            if (errCode)
              return done.errored ? void 0 : (done.errored = !0, doCallback(errCode));
            ++completed >= mounts.length && doCallback(null);
          }
          for (var mount of mounts)
            mount.type.syncfs ? mount.type.syncfs(mount, populate, done) : done(null);
        }, mount(type, opts, mountpoint) {
          var root = mountpoint === "/", pseudo = !mountpoint, node;
          if (root && FS.root)
            throw new FS.ErrnoError(10);
          if (!root && !pseudo) {
            var lookup = FS.lookupPath(mountpoint, { follow_mount: !1 });
            if (mountpoint = lookup.path, node = lookup.node, FS.isMountpoint(node))
              throw new FS.ErrnoError(10);
            if (!FS.isDir(node.mode))
              throw new FS.ErrnoError(54);
          }
          var mount = { type, opts, mountpoint, mounts: [] }, mountRoot = type.mount(mount);
          return mountRoot.mount = mount, mount.root = mountRoot, root ? FS.root = mountRoot : node && (node.mounted = mount, node.mount && node.mount.mounts.push(mount)), mountRoot;
        }, unmount(mountpoint) {
          var lookup = FS.lookupPath(mountpoint, { follow_mount: !1 });
          if (!FS.isMountpoint(lookup.node))
            throw new FS.ErrnoError(28);
          var node = lookup.node, mount = node.mounted, mounts = FS.getMounts(mount);
          for (var [hash2, current] of Object.entries(FS.nameTable))
            for (; current; ) {
              var next = current.name_next;
              mounts.includes(current.mount) && FS.destroyNode(current), current = next;
            }
          node.mounted = null;
          var idx = node.mount.mounts.indexOf(mount);
          node.mount.mounts.splice(idx, 1);
        }, lookup(parent, name) {
          return parent.node_ops.lookup(parent, name);
        }, mknod(path5, mode, dev) {
          var lookup = FS.lookupPath(path5, { parent: !0 }), parent = lookup.node, name = PATH.basename(path5);
          if (!name)
            throw new FS.ErrnoError(28);
          if (name === "." || name === "..")
            throw new FS.ErrnoError(20);
          var errCode = FS.mayCreate(parent, name);
          if (errCode)
            throw new FS.ErrnoError(errCode);
          if (!parent.node_ops.mknod)
            throw new FS.ErrnoError(63);
          return parent.node_ops.mknod(parent, name, mode, dev);
        }, statfs(path5) {
          return FS.statfsNode(FS.lookupPath(path5, { follow: !0 }).node);
        }, statfsStream(stream) {
          return FS.statfsNode(stream.node);
        }, statfsNode(node) {
          var rtn = { bsize: 4096, frsize: 4096, blocks: 1e6, bfree: 5e5, bavail: 5e5, files: FS.nextInode, ffree: FS.nextInode - 1, fsid: 42, flags: 2, namelen: 255 };
          return node.node_ops.statfs && Object.assign(rtn, node.node_ops.statfs(node.mount.opts.root)), rtn;
        }, create(path5, mode = 438) {
          return mode &= 4095, mode |= 32768, FS.mknod(path5, mode, 0);
        }, mkdir(path5, mode = 511) {
          return mode &= 1023, mode |= 16384, FS.mknod(path5, mode, 0);
        }, mkdirTree(path5, mode) {
          var dirs = path5.split("/"), d = "";
          for (var dir of dirs)
            if (dir) {
              (d || PATH.isAbs(path5)) && (d += "/"), d += dir;
              try {
                FS.mkdir(d, mode);
              } catch (e) {
                if (e.errno != 20) throw e;
              }
            }
        }, mkdev(path5, mode, dev) {
          return typeof dev > "u" && (dev = mode, mode = 438), mode |= 8192, FS.mknod(path5, mode, dev);
        }, symlink(oldpath, newpath) {
          if (!PATH_FS.resolve(oldpath))
            throw new FS.ErrnoError(44);
          var lookup = FS.lookupPath(newpath, { parent: !0 }), parent = lookup.node;
          if (!parent)
            throw new FS.ErrnoError(44);
          var newname = PATH.basename(newpath), errCode = FS.mayCreate(parent, newname);
          if (errCode)
            throw new FS.ErrnoError(errCode);
          if (!parent.node_ops.symlink)
            throw new FS.ErrnoError(63);
          return parent.node_ops.symlink(parent, newname, oldpath);
        }, link(oldpath, newpath, flags) {
          var lookup = FS.lookupPath(newpath, { parent: !0 }), parent = lookup.node;
          if (!parent)
            throw new FS.ErrnoError(44);
          var newname = PATH.basename(newpath), errCode = FS.mayCreate(parent, newname);
          if (errCode)
            throw new FS.ErrnoError(errCode);
          if (!parent.node_ops.link)
            throw new FS.ErrnoError(34);
          return parent.node_ops.link(parent, newname, oldpath, flags);
        }, rename(old_path, new_path) {
          var old_dirname = PATH.dirname(old_path), new_dirname = PATH.dirname(new_path), old_name = PATH.basename(old_path), new_name = PATH.basename(new_path), lookup, old_dir, new_dir;
          if (lookup = FS.lookupPath(old_path, { parent: !0 }), old_dir = lookup.node, lookup = FS.lookupPath(new_path, { parent: !0 }), new_dir = lookup.node, !old_dir || !new_dir) throw new FS.ErrnoError(44);
          if (old_dir.mount !== new_dir.mount)
            throw new FS.ErrnoError(75);
          var old_node = FS.lookupNode(old_dir, old_name), relative = PATH_FS.relative(old_path, new_dirname);
          if (relative.charAt(0) !== ".")
            throw new FS.ErrnoError(28);
          if (relative = PATH_FS.relative(new_path, old_dirname), relative.charAt(0) !== ".")
            throw new FS.ErrnoError(55);
          var new_node;
          try {
            new_node = FS.lookupNode(new_dir, new_name);
          } catch {
          }
          if (old_node !== new_node) {
            var isdir = FS.isDir(old_node.mode), errCode = FS.mayDelete(old_dir, old_name, isdir);
            if (errCode)
              throw new FS.ErrnoError(errCode);
            if (errCode = new_node ? FS.mayDelete(new_dir, new_name, isdir) : FS.mayCreate(new_dir, new_name), errCode)
              throw new FS.ErrnoError(errCode);
            if (!old_dir.node_ops.rename)
              throw new FS.ErrnoError(63);
            if (FS.isMountpoint(old_node) || new_node && FS.isMountpoint(new_node))
              throw new FS.ErrnoError(10);
            if (new_dir !== old_dir && (errCode = FS.nodePermissions(old_dir, "w"), errCode))
              throw new FS.ErrnoError(errCode);
            FS.hashRemoveNode(old_node);
            try {
              old_dir.node_ops.rename(old_node, new_dir, new_name), old_node.parent = new_dir;
            } catch (e) {
              throw e;
            } finally {
              FS.hashAddNode(old_node);
            }
          }
        }, rmdir(path5) {
          var lookup = FS.lookupPath(path5, { parent: !0 }), parent = lookup.node, name = PATH.basename(path5), node = FS.lookupNode(parent, name), errCode = FS.mayDelete(parent, name, !0);
          if (errCode)
            throw new FS.ErrnoError(errCode);
          if (!parent.node_ops.rmdir)
            throw new FS.ErrnoError(63);
          if (FS.isMountpoint(node))
            throw new FS.ErrnoError(10);
          parent.node_ops.rmdir(parent, name), FS.destroyNode(node);
        }, readdir(path5) {
          var lookup = FS.lookupPath(path5, { follow: !0 }), node = lookup.node, readdir = FS.checkOpExists(node.node_ops.readdir, 54);
          return readdir(node);
        }, unlink(path5) {
          var lookup = FS.lookupPath(path5, { parent: !0 }), parent = lookup.node;
          if (!parent)
            throw new FS.ErrnoError(44);
          var name = PATH.basename(path5), node = FS.lookupNode(parent, name), errCode = FS.mayDelete(parent, name, !1);
          if (errCode)
            throw new FS.ErrnoError(errCode);
          if (!parent.node_ops.unlink)
            throw new FS.ErrnoError(63);
          if (FS.isMountpoint(node))
            throw new FS.ErrnoError(10);
          parent.node_ops.unlink(parent, name), FS.destroyNode(node);
        }, readlink(path5) {
          var lookup = FS.lookupPath(path5), link = lookup.node;
          if (!link)
            throw new FS.ErrnoError(44);
          if (!link.node_ops.readlink)
            throw new FS.ErrnoError(28);
          return link.node_ops.readlink(link);
        }, stat(path5, dontFollow) {
          var lookup = FS.lookupPath(path5, { follow: !dontFollow }), node = lookup.node, getattr = FS.checkOpExists(node.node_ops.getattr, 63);
          return getattr(node);
        }, fstat(fd) {
          var stream = FS.getStreamChecked(fd), node = stream.node, getattr = stream.stream_ops.getattr, arg = getattr ? stream : node;
          return getattr ??= node.node_ops.getattr, FS.checkOpExists(getattr, 63), getattr(arg);
        }, lstat(path5) {
          return FS.stat(path5, !0);
        }, doChmod(stream, node, mode, dontFollow) {
          FS.doSetAttr(stream, node, { mode: mode & 4095 | node.mode & -4096, ctime: Date.now(), dontFollow });
        }, chmod(path5, mode, dontFollow) {
          var node;
          if (typeof path5 == "string") {
            var lookup = FS.lookupPath(path5, { follow: !dontFollow });
            node = lookup.node;
          } else
            node = path5;
          FS.doChmod(null, node, mode, dontFollow);
        }, lchmod(path5, mode) {
          FS.chmod(path5, mode, !0);
        }, fchmod(fd, mode) {
          var stream = FS.getStreamChecked(fd);
          FS.doChmod(stream, stream.node, mode, !1);
        }, doChown(stream, node, dontFollow) {
          FS.doSetAttr(stream, node, { timestamp: Date.now(), dontFollow });
        }, chown(path5, uid, gid, dontFollow) {
          var node;
          if (typeof path5 == "string") {
            var lookup = FS.lookupPath(path5, { follow: !dontFollow });
            node = lookup.node;
          } else
            node = path5;
          FS.doChown(null, node, dontFollow);
        }, lchown(path5, uid, gid) {
          FS.chown(path5, uid, gid, !0);
        }, fchown(fd, uid, gid) {
          var stream = FS.getStreamChecked(fd);
          FS.doChown(stream, stream.node, !1);
        }, doTruncate(stream, node, len) {
          if (FS.isDir(node.mode))
            throw new FS.ErrnoError(31);
          if (!FS.isFile(node.mode))
            throw new FS.ErrnoError(28);
          var errCode = FS.nodePermissions(node, "w");
          if (errCode)
            throw new FS.ErrnoError(errCode);
          FS.doSetAttr(stream, node, { size: len, timestamp: Date.now() });
        }, truncate(path5, len) {
          if (len < 0)
            throw new FS.ErrnoError(28);
          var node;
          if (typeof path5 == "string") {
            var lookup = FS.lookupPath(path5, { follow: !0 });
            node = lookup.node;
          } else
            node = path5;
          FS.doTruncate(null, node, len);
        }, ftruncate(fd, len) {
          var stream = FS.getStreamChecked(fd);
          if (len < 0 || (stream.flags & 2097155) === 0)
            throw new FS.ErrnoError(28);
          FS.doTruncate(stream, stream.node, len);
        }, utime(path5, atime, mtime, dontFollow) {
          var lookup = FS.lookupPath(path5, { follow: !dontFollow });
          FS.doSetAttr(null, lookup.node, { atime, mtime, dontFollow });
        }, open(path5, flags, mode = 438) {
          if (path5 === "")
            throw new FS.ErrnoError(44);
          flags = FS_modeStringToFlags(flags), flags & 64 ? mode = mode & 4095 | 32768 : mode = 0;
          var node, isDirPath;
          if (typeof path5 == "object")
            node = path5;
          else {
            isDirPath = path5.endsWith("/");
            var lookup = FS.lookupPath(path5, { follow: !(flags & 131072), noent_okay: !0 });
            node = lookup.node, path5 = lookup.path;
          }
          var created = !1;
          if (flags & 64)
            if (node) {
              if (flags & 128)
                throw new FS.ErrnoError(20);
            } else {
              if (isDirPath)
                throw new FS.ErrnoError(31);
              node = FS.mknod(path5, mode | 511, 0), created = !0;
            }
          if (!node)
            throw new FS.ErrnoError(44);
          if (FS.isChrdev(node.mode) && (flags &= -513), flags & 65536 && !FS.isDir(node.mode))
            throw new FS.ErrnoError(54);
          if (!created) {
            var errCode = FS.mayOpen(node, flags);
            if (errCode)
              throw new FS.ErrnoError(errCode);
          }
          flags & 512 && !created && FS.truncate(node, 0), flags &= -131713;
          var stream = FS.createStream({ node, path: FS.getPath(node), flags, seekable: !0, position: 0, stream_ops: node.stream_ops, ungotten: [], error: !1 });
          return stream.stream_ops.open && stream.stream_ops.open(stream), created && FS.chmod(node, mode & 511), stream;
        }, close(stream) {
          if (FS.isClosed(stream))
            throw new FS.ErrnoError(8);
          stream.getdents && (stream.getdents = null), stream.node?.notifyListeners(32);
          try {
            stream.stream_ops.close && stream.stream_ops.close(stream);
          } catch (e) {
            throw e;
          } finally {
            FS.closeStream(stream.fd);
          }
          stream.fd = null;
        }, isClosed(stream) {
          return stream.fd === null;
        }, llseek(stream, offset, whence) {
          if (FS.isClosed(stream))
            throw new FS.ErrnoError(8);
          if (!stream.seekable || !stream.stream_ops.llseek)
            throw new FS.ErrnoError(70);
          if (whence != 0 && whence != 1 && whence != 2)
            throw new FS.ErrnoError(28);
          return stream.position = stream.stream_ops.llseek(stream, offset, whence), stream.ungotten = [], stream.position;
        }, read(stream, buffer, offset, length, position) {
          if (length < 0 || position < 0)
            throw new FS.ErrnoError(28);
          if (FS.isClosed(stream))
            throw new FS.ErrnoError(8);
          if ((stream.flags & 2097155) === 1)
            throw new FS.ErrnoError(8);
          if (FS.isDir(stream.node.mode))
            throw new FS.ErrnoError(31);
          if (!stream.stream_ops.read)
            throw new FS.ErrnoError(28);
          var seeking = typeof position < "u";
          if (!seeking)
            position = stream.position;
          else if (!stream.seekable)
            throw new FS.ErrnoError(70);
          var bytesRead = stream.stream_ops.read(stream, buffer, offset, length, position);
          return seeking || (stream.position += bytesRead), bytesRead;
        }, write(stream, buffer, offset, length, position, canOwn) {
          if (length < 0 || position < 0)
            throw new FS.ErrnoError(28);
          if (FS.isClosed(stream))
            throw new FS.ErrnoError(8);
          if ((stream.flags & 2097155) === 0)
            throw new FS.ErrnoError(8);
          if (FS.isDir(stream.node.mode))
            throw new FS.ErrnoError(31);
          if (!stream.stream_ops.write)
            throw new FS.ErrnoError(28);
          stream.seekable && stream.flags & 1024 && FS.llseek(stream, 0, 2);
          var seeking = typeof position < "u";
          if (!seeking)
            position = stream.position;
          else if (!stream.seekable)
            throw new FS.ErrnoError(70);
          var bytesWritten = stream.stream_ops.write(stream, buffer, offset, length, position, canOwn);
          return seeking || (stream.position += bytesWritten), bytesWritten;
        }, mmap(stream, length, position, prot, flags) {
          if ((prot & 2) !== 0 && (flags & 2) === 0 && (stream.flags & 2097155) !== 2)
            throw new FS.ErrnoError(2);
          if ((stream.flags & 2097155) === 1)
            throw new FS.ErrnoError(2);
          if (!stream.stream_ops.mmap)
            throw new FS.ErrnoError(43);
          if (!length)
            throw new FS.ErrnoError(28);
          return stream.stream_ops.mmap(stream, length, position, prot, flags);
        }, msync(stream, buffer, offset, length, mmapFlags) {
          return stream.stream_ops.msync ? stream.stream_ops.msync(stream, buffer, offset, length, mmapFlags) : 0;
        }, ioctl(stream, cmd, arg) {
          if (!stream.stream_ops.ioctl)
            throw new FS.ErrnoError(59);
          return stream.stream_ops.ioctl(stream, cmd, arg);
        }, readFile(path5, opts = {}) {
          opts.flags = opts.flags ?? 0, opts.encoding = opts.encoding ?? "binary", opts.encoding !== "utf8" && opts.encoding !== "binary" && abort(`Invalid encoding type "${opts.encoding}"`);
          var stream = FS.open(path5, opts.flags), stat = FS.stat(path5), length = stat.size, buf = new Uint8Array(length);
          return FS.read(stream, buf, 0, length, 0), opts.encoding === "utf8" && (buf = UTF8ArrayToString(buf)), FS.close(stream), buf;
        }, writeFile(path5, data, opts = {}) {
          opts.flags = opts.flags ?? 577;
          var stream = FS.open(path5, opts.flags, opts.mode);
          data = FS_fileDataToTypedArray(data), FS.write(stream, data, 0, data.byteLength, void 0, opts.canOwn), FS.close(stream);
        }, cwd: () => FS.currentPath, chdir(path5) {
          var lookup = FS.lookupPath(path5, { follow: !0 });
          if (lookup.node === null)
            throw new FS.ErrnoError(44);
          if (!FS.isDir(lookup.node.mode))
            throw new FS.ErrnoError(54);
          var errCode = FS.nodePermissions(lookup.node, "x");
          if (errCode)
            throw new FS.ErrnoError(errCode);
          FS.currentPath = lookup.path;
        }, createDefaultDirectories() {
          FS.mkdir("/tmp"), FS.mkdir("/home"), FS.mkdir("/home/web_user");
        }, createDefaultDevices() {
          FS.mkdir("/dev"), FS.registerDevice(FS.makedev(1, 3), { read: () => 0, write: (stream, buffer, offset, length, pos) => length, llseek: () => 0 }), FS.mkdev("/dev/null", FS.makedev(1, 3)), TTY.register(FS.makedev(5, 0), TTY.default_tty_ops), TTY.register(FS.makedev(6, 0), TTY.default_tty1_ops), FS.mkdev("/dev/tty", FS.makedev(5, 0)), FS.mkdev("/dev/tty1", FS.makedev(6, 0));
          var randomBuffer = new Uint8Array(1024), randomLeft = 0, randomByte = () => (randomLeft === 0 && (randomFill(randomBuffer), randomLeft = randomBuffer.byteLength), randomBuffer[--randomLeft]);
          FS.createDevice("/dev", "random", randomByte), FS.createDevice("/dev", "urandom", randomByte), FS.mkdir("/dev/shm"), FS.mkdir("/dev/shm/tmp");
        }, createSpecialDirectories() {
          FS.mkdir("/proc");
          var proc_self = FS.mkdir("/proc/self");
          FS.mkdir("/proc/self/fd"), FS.mount({ mount() {
            var node = FS.createNode(proc_self, "fd", 16895, 73);
            return node.stream_ops = { llseek: MEMFS.stream_ops.llseek }, node.node_ops = { lookup(parent, name) {
              var fd = +name, stream = FS.getStreamChecked(fd), ret = { parent: null, mount: { mountpoint: "fake" }, node_ops: { readlink: () => stream.path }, id: fd + 1 };
              return ret.parent = ret, ret;
            }, readdir() {
              return Array.from(FS.streams.entries()).filter(([k, v]) => v).map(([k, v]) => k.toString());
            } }, node;
          } }, {}, "/proc/self/fd");
        }, createStandardStreams(input, output, error) {
          input ? FS.createDevice("/dev", "stdin", input) : FS.symlink("/dev/tty", "/dev/stdin"), output ? FS.createDevice("/dev", "stdout", null, output) : FS.symlink("/dev/tty", "/dev/stdout"), error ? FS.createDevice("/dev", "stderr", null, error) : FS.symlink("/dev/tty1", "/dev/stderr");
          var stdin = FS.open("/dev/stdin", 0), stdout = FS.open("/dev/stdout", 1), stderr = FS.open("/dev/stderr", 1);
        }, staticInit() {
          FS.nameTable = new Array(4096), FS.mount(MEMFS, {}, "/"), FS.createDefaultDirectories(), FS.createDefaultDevices(), FS.createSpecialDirectories(), FS.filesystems = { MEMFS };
        }, init(input, output, error) {
          FS.initialized = !0, input ??= Module.stdin, output ??= Module.stdout, error ??= Module.stderr, FS.createStandardStreams(input, output, error);
        }, quit() {
          FS.initialized = !1;
          for (var stream of FS.streams)
            stream && FS.close(stream);
        }, findObject(path5, dontResolveLastLink) {
          var ret = FS.analyzePath(path5, dontResolveLastLink);
          return ret.exists ? ret.object : null;
        }, analyzePath(path5, dontResolveLastLink) {
          try {
            var lookup = FS.lookupPath(path5, { follow: !dontResolveLastLink });
            path5 = lookup.path;
          } catch {
          }
          var ret = { isRoot: !1, exists: !1, error: 0, name: null, path: null, object: null, parentExists: !1, parentPath: null, parentObject: null };
          try {
            var lookup = FS.lookupPath(path5, { parent: !0 });
            ret.parentExists = !0, ret.parentPath = lookup.path, ret.parentObject = lookup.node, ret.name = PATH.basename(path5), lookup = FS.lookupPath(path5, { follow: !dontResolveLastLink }), ret.exists = !0, ret.path = lookup.path, ret.object = lookup.node, ret.name = lookup.node.name, ret.isRoot = lookup.path === "/";
          } catch (e) {
            ret.error = e.errno;
          }
          return ret;
        }, createPath(parent, path5, canRead, canWrite) {
          parent = typeof parent == "string" ? parent : FS.getPath(parent);
          for (var parts = path5.split("/").reverse(); parts.length; ) {
            var part = parts.pop();
            if (part) {
              var current = PATH.join2(parent, part);
              try {
                FS.mkdir(current);
              } catch (e) {
                if (e.errno != 20) throw e;
              }
              parent = current;
            }
          }
          return current;
        }, createFile(parent, name, properties, canRead, canWrite) {
          var path5 = PATH.join2(typeof parent == "string" ? parent : FS.getPath(parent), name), mode = FS_getMode(canRead, canWrite);
          return FS.create(path5, mode);
        }, createDataFile(parent, name, data, canRead, canWrite, canOwn) {
          var path5 = name;
          parent && (parent = typeof parent == "string" ? parent : FS.getPath(parent), path5 = name ? PATH.join2(parent, name) : parent);
          var mode = FS_getMode(canRead, canWrite), node = FS.create(path5, mode);
          if (data) {
            data = FS_fileDataToTypedArray(data), FS.chmod(node, mode | 146);
            var stream = FS.open(node, 577);
            FS.write(stream, data, 0, data.length, 0, canOwn), FS.close(stream), FS.chmod(node, mode);
          }
        }, createDevice(parent, name, input, output) {
          var path5 = PATH.join2(typeof parent == "string" ? parent : FS.getPath(parent), name), mode = FS_getMode(!!input, !!output);
          FS.createDevice.major ??= 64;
          var dev = FS.makedev(FS.createDevice.major++, 0);
          return FS.registerDevice(dev, { open(stream) {
            stream.seekable = !1;
          }, close(stream) {
            output?.buffer?.length && output(10);
          }, read(stream, buffer, offset, length, pos) {
            for (var bytesRead = 0, i = 0; i < length; i++) {
              var result;
              try {
                result = input();
              } catch {
                throw new FS.ErrnoError(29);
              }
              if (result === void 0 && bytesRead === 0)
                throw new FS.ErrnoError(6);
              if (result == null) break;
              bytesRead++, buffer[offset + i] = result;
            }
            return bytesRead && (stream.node.atime = Date.now()), bytesRead;
          }, write(stream, buffer, offset, length, pos) {
            for (var i = 0; i < length; i++)
              try {
                output(buffer[offset + i]);
              } catch {
                throw new FS.ErrnoError(29);
              }
            return length && (stream.node.mtime = stream.node.ctime = Date.now()), i;
          } }), FS.mkdev(path5, mode, dev);
        }, forceLoadFile(obj) {
          if (obj.isDevice || obj.isFolder || obj.link || obj.contents) return !0;
          if (globalThis.XMLHttpRequest)
            abort("Lazy loading should have been performed (contents set) in createLazyFile, but it was not. Lazy loading only works in web workers. Use --embed-file or --preload-file in emcc on the main thread.");
          else
            try {
              obj.contents = readBinary(obj.url);
            } catch {
              throw new FS.ErrnoError(29);
            }
        }, createLazyFile(parent, name, url, canRead, canWrite) {
          class LazyUint8Array {
            lengthKnown = !1;
            chunks = [];
            get(idx) {
              if (!(idx > this.length - 1 || idx < 0)) {
                var chunkOffset = idx % this.chunkSize, chunkNum = idx / this.chunkSize | 0;
                return this.getter(chunkNum)[chunkOffset];
              }
            }
            setDataGetter(getter) {
              this.getter = getter;
            }
            cacheLength() {
              var xhr = new XMLHttpRequest();
              xhr.open("HEAD", url, !1), xhr.send(null), xhr.status >= 200 && xhr.status < 300 || xhr.status === 304 || abort("Couldn't load " + url + ". Status: " + xhr.status);
              var datalength = Number(xhr.getResponseHeader("Content-length")), header, hasByteServing = (header = xhr.getResponseHeader("Accept-Ranges")) && header === "bytes", usesGzip = (header = xhr.getResponseHeader("Content-Encoding")) && header === "gzip", chunkSize = 1024 * 1024;
              hasByteServing || (chunkSize = datalength);
              var doXHR = (from, to) => {
                from > to && abort(`invalid range (${from}, ${to}) or no bytes requested!`), to > datalength - 1 && abort(`only ${datalength} bytes available! programmer error!`);
                var xhr2 = new XMLHttpRequest();
                return xhr2.open("GET", url, !1), datalength !== chunkSize && xhr2.setRequestHeader("Range", "bytes=" + from + "-" + to), xhr2.responseType = "arraybuffer", xhr2.overrideMimeType && xhr2.overrideMimeType("text/plain; charset=x-user-defined"), xhr2.send(null), xhr2.status >= 200 && xhr2.status < 300 || xhr2.status === 304 || abort("Couldn't load " + url + ". Status: " + xhr2.status), xhr2.response !== void 0 ? new Uint8Array(xhr2.response || []) : intArrayFromString(xhr2.responseText ?? "", !0);
              }, lazyArray2 = this;
              lazyArray2.setDataGetter((chunkNum) => {
                var start = chunkNum * chunkSize, end = (chunkNum + 1) * chunkSize - 1;
                return end = Math.min(end, datalength - 1), typeof lazyArray2.chunks[chunkNum] > "u" && (lazyArray2.chunks[chunkNum] = doXHR(start, end)), typeof lazyArray2.chunks[chunkNum] > "u" && abort("doXHR failed!"), lazyArray2.chunks[chunkNum];
              }), (usesGzip || !datalength) && (chunkSize = datalength = 1, datalength = this.getter(0).length, chunkSize = datalength, out("LazyFiles on gzip forces download of the whole file when length is accessed")), this._length = datalength, this._chunkSize = chunkSize, this.lengthKnown = !0;
            }
            get length() {
              return this.lengthKnown || this.cacheLength(), this._length;
            }
            get chunkSize() {
              return this.lengthKnown || this.cacheLength(), this._chunkSize;
            }
          }
          if (globalThis.XMLHttpRequest) {
            ENVIRONMENT_IS_WORKER || abort("Cannot do synchronous binary XHRs outside webworkers in modern browsers. Use --embed-file or --preload-file in emcc");
            var lazyArray = new LazyUint8Array(), properties = { isDevice: !1, contents: lazyArray };
          } else
            var properties = { isDevice: !1, url };
          var node = FS.createFile(parent, name, properties, canRead, canWrite);
          properties.contents ? node.contents = properties.contents : properties.url && (node.contents = null, node.url = properties.url), Object.defineProperties(node, { usedBytes: { get: function() {
            return this.contents.length;
          } } });
          var stream_ops = {};
          for (let [key, fn] of Object.entries(node.stream_ops))
            stream_ops[key] = (...args) => (FS.forceLoadFile(node), fn(...args));
          function writeChunks(stream, buffer, offset, length, position) {
            var contents = stream.node.contents;
            if (position >= contents.length) return 0;
            var size = Math.min(contents.length - position, length);
            if (contents.slice)
              for (var i = 0; i < size; i++)
                buffer[offset + i] = contents[position + i];
            else
              for (var i = 0; i < size; i++)
                buffer[offset + i] = contents.get(position + i);
            return size;
          }
          return stream_ops.read = (stream, buffer, offset, length, position) => (FS.forceLoadFile(node), writeChunks(stream, buffer, offset, length, position)), stream_ops.mmap = (stream, length, position, prot, flags) => {
            FS.forceLoadFile(node);
            var ptr = mmapAlloc(length);
            if (!ptr)
              throw new FS.ErrnoError(48);
            return writeChunks(stream, HEAP8, ptr, length, position), { ptr, allocated: !0 };
          }, node.stream_ops = stream_ops, node;
        } }, SYSCALLS = { currentUmask: 18, calculateAt(dirfd, path5, allowEmpty) {
          if (PATH.isAbs(path5))
            return path5;
          var dir;
          if (dirfd === -100)
            dir = FS.cwd();
          else {
            var dirstream = SYSCALLS.getStreamFromFD(dirfd);
            dir = dirstream.path;
          }
          if (path5.length == 0) {
            if (!allowEmpty)
              throw new FS.ErrnoError(44);
            return dir;
          }
          return dir + "/" + path5;
        }, writeStat(buf, stat) {
          HEAPU32[buf >> 2] = stat.dev, HEAPU32[buf + 4 >> 2] = stat.mode, HEAPU32[buf + 8 >> 2] = stat.nlink, HEAPU32[buf + 12 >> 2] = stat.uid, HEAPU32[buf + 16 >> 2] = stat.gid, HEAPU32[buf + 20 >> 2] = stat.rdev, HEAP64[buf + 24 >> 3] = BigInt(stat.size), HEAP32[buf + 32 >> 2] = 4096, HEAP32[buf + 36 >> 2] = stat.blocks;
          var atime = stat.atime.getTime(), mtime = stat.mtime.getTime(), ctime = stat.ctime.getTime();
          return HEAP64[buf + 40 >> 3] = BigInt(Math.floor(atime / 1e3)), HEAPU32[buf + 48 >> 2] = atime % 1e3 * 1e3 * 1e3, HEAP64[buf + 56 >> 3] = BigInt(Math.floor(mtime / 1e3)), HEAPU32[buf + 64 >> 2] = mtime % 1e3 * 1e3 * 1e3, HEAP64[buf + 72 >> 3] = BigInt(Math.floor(ctime / 1e3)), HEAPU32[buf + 80 >> 2] = ctime % 1e3 * 1e3 * 1e3, HEAP64[buf + 88 >> 3] = BigInt(stat.ino), 0;
        }, writeStatFs(buf, stats) {
          HEAPU32[buf + 4 >> 2] = stats.bsize, HEAPU32[buf + 60 >> 2] = stats.bsize, HEAP64[buf + 8 >> 3] = BigInt(stats.blocks), HEAP64[buf + 16 >> 3] = BigInt(stats.bfree), HEAP64[buf + 24 >> 3] = BigInt(stats.bavail), HEAP64[buf + 32 >> 3] = BigInt(stats.files), HEAP64[buf + 40 >> 3] = BigInt(stats.ffree), HEAPU32[buf + 48 >> 2] = stats.fsid, HEAPU32[buf + 64 >> 2] = stats.flags, HEAPU32[buf + 56 >> 2] = stats.namelen;
        }, doMsync(addr, stream, len, flags, offset) {
          if (!FS.isFile(stream.node.mode))
            throw new FS.ErrnoError(43);
          if (flags & 2)
            return 0;
          var buffer = HEAPU8.subarray(addr, addr + len);
          FS.msync(stream, buffer, offset, len, flags);
        }, getStreamFromFD(fd) {
          var stream = FS.getStreamChecked(fd);
          return stream;
        }, varargs: void 0, getStr(ptr) {
          var ret = UTF8ToString(ptr);
          return ret;
        } };
        function _fd_close(fd) {
          try {
            var stream = SYSCALLS.getStreamFromFD(fd);
            return FS.close(stream), 0;
          } catch (e) {
            if (typeof FS > "u" || e.name !== "ErrnoError") throw e;
            return e.errno;
          }
        }
        var doReadv = (stream, iov, iovcnt, offset) => {
          for (var ret = 0, i = 0; i < iovcnt; i++) {
            var ptr = HEAPU32[iov >> 2], len = HEAPU32[iov + 4 >> 2];
            iov += 8;
            try {
              var curr = FS.read(stream, HEAP8, ptr, len, offset);
            } catch (e) {
              if (ret > 0 && e instanceof FS.ErrnoError && (e.errno == 6 || e.errno == 6))
                break;
              throw e;
            }
            if (curr < 0) return -1;
            if (ret += curr, curr < len) break;
            typeof offset < "u" && (offset += curr);
          }
          return ret;
        };
        function _fd_read(fd, iov, iovcnt, pnum) {
          try {
            var stream = SYSCALLS.getStreamFromFD(fd), num = doReadv(stream, iov, iovcnt);
            return HEAPU32[pnum >> 2] = num, 0;
          } catch (e) {
            if (typeof FS > "u" || e.name !== "ErrnoError") throw e;
            return e.errno;
          }
        }
        var INT53_MAX = 9007199254740992, INT53_MIN = -9007199254740992, bigintToI53Checked = (num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num);
        function _fd_seek(fd, offset, whence, newOffset) {
          offset = bigintToI53Checked(offset);
          try {
            if (isNaN(offset)) return 22;
            var stream = SYSCALLS.getStreamFromFD(fd);
            return FS.llseek(stream, offset, whence), HEAP64[newOffset >> 3] = BigInt(stream.position), stream.getdents && offset === 0 && whence === 0 && (stream.getdents = null), 0;
          } catch (e) {
            if (typeof FS > "u" || e.name !== "ErrnoError") throw e;
            return e.errno;
          }
        }
        var doWritev = (stream, iov, iovcnt, offset) => {
          if (iovcnt == 1)
            return FS.write(stream, HEAP8, HEAPU32[iov >> 2], HEAPU32[iov + 4 >> 2], offset);
          for (var total = 0, i = 0, p = iov; i < iovcnt; i++, p += 8)
            total += HEAPU32[p + 4 >> 2];
          for (var view = new Uint8Array(total), voff = 0, i = 0; i < iovcnt; i++, iov += 8) {
            var ptr = HEAPU32[iov >> 2], len = HEAPU32[iov + 4 >> 2];
            view.set(HEAPU8.subarray(ptr, ptr + len), voff), voff += len;
          }
          return FS.write(stream, view, 0, total, offset);
        };
        function _fd_write(fd, iov, iovcnt, pnum) {
          try {
            var stream = SYSCALLS.getStreamFromFD(fd), num = doWritev(stream, iov, iovcnt);
            return HEAPU32[pnum >> 2] = num, 0;
          } catch (e) {
            if (typeof FS > "u" || e.name !== "ErrnoError") throw e;
            return e.errno;
          }
        }
        var wasmTableMirror = [], getWasmTableEntry = (funcPtr) => {
          var func = wasmTableMirror[funcPtr];
          return func || (wasmTableMirror[funcPtr] = func = wasmTable.get(funcPtr)), func;
        }, stringToUTF8 = (str, outPtr, maxBytesToWrite) => stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite);
        FS.createPreloadedFile = FS_createPreloadedFile, FS.preloadFile = FS_preloadFile, FS.staticInit();
        {
          Module.noExitRuntime && (noExitRuntime = Module.noExitRuntime), Module.print && (out = Module.print), Module.printErr && (err = Module.printErr), Module.arguments && (programArgs = Module.arguments), Module.thisProgram && (thisProgram = Module.thisProgram);
          var preInit = Module.preInit;
          if (preInit)
            for (typeof preInit == "function" && (Module.preInit = preInit = [preInit]); preInit.length > 0; )
              preInit.shift()();
        }
        Module.getValue = getValue, Module.UTF8ToString = UTF8ToString, Module.stringToUTF8 = stringToUTF8, Module.lengthBytesUTF8 = lengthBytesUTF8;
        var _wasm_parse_query, _malloc, _free, _wasm_parse_query_raw, _wasm_free_parse_result, _wasm_parse_plpgsql, _wasm_fingerprint, _wasm_normalize_query, _wasm_parse_query_detailed, _wasm_free_detailed_result, _wasm_scan, _wasm_free_string, __emscripten_timeout, _setThrew, __emscripten_stack_restore, _emscripten_stack_get_current, memory, __indirect_function_table, wasmMemory, wasmTable;
        function assignWasmExports(wasmExports2) {
          _wasm_parse_query = Module._wasm_parse_query = wasmExports2.B, _malloc = Module._malloc = wasmExports2.C, _free = Module._free = wasmExports2.E, _wasm_parse_query_raw = Module._wasm_parse_query_raw = wasmExports2.F, _wasm_free_parse_result = Module._wasm_free_parse_result = wasmExports2.G, _wasm_parse_plpgsql = Module._wasm_parse_plpgsql = wasmExports2.H, _wasm_fingerprint = Module._wasm_fingerprint = wasmExports2.I, _wasm_normalize_query = Module._wasm_normalize_query = wasmExports2.J, _wasm_parse_query_detailed = Module._wasm_parse_query_detailed = wasmExports2.K, _wasm_free_detailed_result = Module._wasm_free_detailed_result = wasmExports2.L, _wasm_scan = Module._wasm_scan = wasmExports2.M, _wasm_free_string = Module._wasm_free_string = wasmExports2.N, __emscripten_timeout = wasmExports2.O, _setThrew = wasmExports2.P, __emscripten_stack_restore = wasmExports2.Q, _emscripten_stack_get_current = wasmExports2.R, memory = wasmMemory = wasmExports2.z, __indirect_function_table = wasmTable = wasmExports2.D;
        }
        var wasmImports = { c: ___assert_fail, x: __abort_js, w: __emscripten_runtime_keepalive_clear, p: __emscripten_throw_longjmp, o: __setitimer_js, q: _emscripten_resize_heap, m: _exit, u: _fd_close, r: _fd_read, s: _fd_seek, t: _fd_write, g: invoke_i, b: invoke_ii, a: invoke_iii, d: invoke_iiii, k: invoke_iiiii, l: invoke_ji, e: invoke_v, f: invoke_vi, h: invoke_vii, j: invoke_viii, i: invoke_viiii, y: invoke_viiiii, n: invoke_viiiiiiiiiiiii, v: _proc_exit };
        function invoke_iii(index, a1, a2) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1, a2);
          } catch (e) {
            if (stackRestore(sp), !(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_ii(index, a1) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1);
          } catch (e) {
            if (stackRestore(sp), !(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_i(index) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)();
          } catch (e) {
            if (stackRestore(sp), !(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_v(index) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)();
          } catch (e) {
            if (stackRestore(sp), !(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_iiii(index, a1, a2, a3) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1, a2, a3);
          } catch (e) {
            if (stackRestore(sp), !(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_viiii(index, a1, a2, a3, a4) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2, a3, a4);
          } catch (e) {
            if (stackRestore(sp), !(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_viiiiiiiiiiiii(index, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13);
          } catch (e) {
            if (stackRestore(sp), !(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_iiiii(index, a1, a2, a3, a4) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1, a2, a3, a4);
          } catch (e) {
            if (stackRestore(sp), !(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_viii(index, a1, a2, a3) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2, a3);
          } catch (e) {
            if (stackRestore(sp), !(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_vi(index, a1) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1);
          } catch (e) {
            if (stackRestore(sp), !(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_vii(index, a1, a2) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2);
          } catch (e) {
            if (stackRestore(sp), !(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_viiiii(index, a1, a2, a3, a4, a5) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a2, a3, a4, a5);
          } catch (e) {
            if (stackRestore(sp), !(e instanceof EmscriptenEH)) throw e;
            _setThrew(1, 0);
          }
        }
        function invoke_ji(index, a1) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1);
          } catch (e) {
            if (stackRestore(sp), !(e instanceof EmscriptenEH)) throw e;
            return _setThrew(1, 0), 0n;
          }
        }
        async function run() {
          preRun(), runDependencies && await resolveRunDependencies();
          var setStatus = Module.setStatus;
          setStatus && (setStatus("Running..."), await new Promise((resolve) => setTimeout(resolve, 1)), setTimeout(setStatus, 1, "")), !ABORT && (initRuntime(), Module.onRuntimeInitialized?.(), postRun());
        }
        var wasmExports;
        return wasmExports = await createWasm(), await run(), Module;
      };
    })();
    typeof exports == "object" && typeof module == "object" ? (module.exports = PgQueryModule, module.exports.default = PgQueryModule) : typeof define == "function" && define.amd && define([], () => PgQueryModule);
  }
});

// node_modules/libpg-query/wasm/index.cjs
var require_wasm = __commonJS({
  "node_modules/libpg-query/wasm/index.cjs"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p) && __createBinding(exports2, m, p);
    }, __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { default: mod };
    };
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.scan = exports.normalize = exports.fingerprint = exports.parsePlPgSQL = exports.parse = exports.SqlError = void 0;
    exports.hasSqlDetails = hasSqlDetails;
    exports.formatSqlError = formatSqlError;
    exports.loadModule = loadModule2;
    exports.parseSync = parseSync2;
    exports.parsePlPgSQLSync = parsePlPgSQLSync;
    exports.fingerprintSync = fingerprintSync;
    exports.normalizeSync = normalizeSync;
    exports.scanSync = scanSync3;
    __exportStar(require_types2(), exports);
    var SqlError = class extends Error {
      sqlDetails;
      constructor(message, details) {
        super(message), this.name = "SqlError", this.sqlDetails = details;
      }
    };
    exports.SqlError = SqlError;
    function hasSqlDetails(error) {
      return error instanceof SqlError && error.sqlDetails !== void 0;
    }
    function formatSqlError(error, query, options = {}) {
      let { showPosition = !0, showQuery = !0, color = !1, maxQueryLength } = options, lines = [], red = color ? "\x1B[31m" : "", yellow = color ? "\x1B[33m" : "", reset = color ? "\x1B[0m" : "";
      if (lines.push(`${red}Error: ${error.message}${reset}`), error.sqlDetails) {
        let { cursorPosition, fileName, functionName, lineNumber } = error.sqlDetails;
        if (cursorPosition !== void 0 && cursorPosition >= 0 && lines.push(`Position: ${cursorPosition}`), fileName || functionName || lineNumber) {
          let details = [];
          fileName && details.push(`file: ${fileName}`), functionName && details.push(`function: ${functionName}`), lineNumber && details.push(`line: ${lineNumber}`), lines.push(`Source: ${details.join(", ")}`);
        }
        if (showQuery && showPosition && cursorPosition !== void 0 && cursorPosition >= 0) {
          let displayQuery = query, adjustedPosition = cursorPosition;
          if (maxQueryLength && query.length > maxQueryLength) {
            let start = Math.max(0, cursorPosition - Math.floor(maxQueryLength / 2)), end = Math.min(query.length, start + maxQueryLength);
            displayQuery = (start > 0 ? "..." : "") + query.substring(start, end) + (end < query.length ? "..." : ""), adjustedPosition = cursorPosition - start + (start > 0 ? 3 : 0);
          }
          lines.push(displayQuery), lines.push(" ".repeat(adjustedPosition) + `${yellow}^${reset}`);
        }
      } else if (showQuery) {
        let displayQuery = query;
        maxQueryLength && query.length > maxQueryLength && (displayQuery = query.substring(0, maxQueryLength) + "..."), lines.push(`Query: ${displayQuery}`);
      }
      return lines.join(`
`);
    }
    var libpg_query_js_1 = __importDefault(require_libpg_query()), wasmModule, initPromise = (0, libpg_query_js_1.default)().then((module2) => {
      wasmModule = module2;
    });
    function ensureLoaded() {
      if (!wasmModule)
        throw new Error("WASM module not initialized. Call `loadModule()` first.");
    }
    async function loadModule2() {
      wasmModule || await initPromise;
    }
    function awaitInit(fn) {
      return (async (...args) => (await initPromise, fn(...args)));
    }
    function stringToPtr(str) {
      if (ensureLoaded(), typeof str != "string")
        throw new TypeError(`Expected a string, got ${typeof str}`);
      let len = wasmModule.lengthBytesUTF8(str) + 1, ptr = wasmModule._malloc(len);
      try {
        return wasmModule.stringToUTF8(str, ptr, len), ptr;
      } catch (error) {
        throw wasmModule._free(ptr), error;
      }
    }
    function ptrToString(ptr) {
      if (ensureLoaded(), typeof ptr != "number")
        throw new TypeError(`Expected a number, got ${typeof ptr}`);
      return wasmModule.UTF8ToString(ptr);
    }
    exports.parse = awaitInit(async (query) => {
      if (query == null)
        throw new Error("Query cannot be null or undefined");
      if (query === "")
        throw new Error("Query cannot be empty");
      let queryPtr = stringToPtr(query), resultPtr = 0;
      try {
        if (resultPtr = wasmModule._wasm_parse_query_raw(queryPtr), !resultPtr)
          throw new Error("Failed to parse query: memory allocation failed");
        let parseTreePtr = wasmModule.getValue(resultPtr, "i32"), stderrBufferPtr = wasmModule.getValue(resultPtr + 4, "i32"), errorPtr = wasmModule.getValue(resultPtr + 8, "i32");
        if (errorPtr) {
          let messagePtr = wasmModule.getValue(errorPtr, "i32"), funcnamePtr = wasmModule.getValue(errorPtr + 4, "i32"), filenamePtr = wasmModule.getValue(errorPtr + 8, "i32"), lineno = wasmModule.getValue(errorPtr + 12, "i32"), cursorpos = wasmModule.getValue(errorPtr + 16, "i32"), message = messagePtr ? wasmModule.UTF8ToString(messagePtr) : "Unknown error", funcname = funcnamePtr ? wasmModule.UTF8ToString(funcnamePtr) : void 0, filename = filenamePtr ? wasmModule.UTF8ToString(filenamePtr) : void 0;
          throw new SqlError(message, {
            message,
            cursorPosition: cursorpos > 0 ? cursorpos - 1 : 0,
            // Convert to 0-based
            fileName: filename,
            functionName: funcname,
            lineNumber: lineno > 0 ? lineno : void 0
          });
        }
        if (!parseTreePtr)
          throw new Error("No parse tree generated");
        let parseTreeStr = wasmModule.UTF8ToString(parseTreePtr);
        return JSON.parse(parseTreeStr);
      } finally {
        wasmModule._free(queryPtr), resultPtr && wasmModule._wasm_free_parse_result(resultPtr);
      }
    });
    exports.parsePlPgSQL = awaitInit(async (query) => {
      let queryPtr = stringToPtr(query), resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_parse_plpgsql(queryPtr);
        let resultStr = ptrToString(resultPtr);
        if (!resultStr.startsWith("{"))
          throw new Error(resultStr);
        return JSON.parse(resultStr);
      } finally {
        wasmModule._free(queryPtr), resultPtr && wasmModule._wasm_free_string(resultPtr);
      }
    });
    exports.fingerprint = awaitInit(async (query) => {
      let queryPtr = stringToPtr(query), resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_fingerprint(queryPtr);
        let resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR"))
          throw new Error(resultStr);
        return resultStr;
      } finally {
        wasmModule._free(queryPtr), resultPtr && wasmModule._wasm_free_string(resultPtr);
      }
    });
    exports.normalize = awaitInit(async (query) => {
      let queryPtr = stringToPtr(query), resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_normalize_query(queryPtr);
        let resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR"))
          throw new Error(resultStr);
        return resultStr;
      } finally {
        wasmModule._free(queryPtr), resultPtr && wasmModule._wasm_free_string(resultPtr);
      }
    });
    function parseSync2(query) {
      if (!wasmModule)
        throw new Error("WASM module not initialized. Call loadModule() first.");
      if (query == null)
        throw new Error("Query cannot be null or undefined");
      if (query === "")
        throw new Error("Query cannot be empty");
      let queryPtr = stringToPtr(query), resultPtr = 0;
      try {
        if (resultPtr = wasmModule._wasm_parse_query_raw(queryPtr), !resultPtr)
          throw new Error("Failed to parse query: memory allocation failed");
        let parseTreePtr = wasmModule.getValue(resultPtr, "i32"), stderrBufferPtr = wasmModule.getValue(resultPtr + 4, "i32"), errorPtr = wasmModule.getValue(resultPtr + 8, "i32");
        if (errorPtr) {
          let messagePtr = wasmModule.getValue(errorPtr, "i32"), funcnamePtr = wasmModule.getValue(errorPtr + 4, "i32"), filenamePtr = wasmModule.getValue(errorPtr + 8, "i32"), lineno = wasmModule.getValue(errorPtr + 12, "i32"), cursorpos = wasmModule.getValue(errorPtr + 16, "i32"), message = messagePtr ? wasmModule.UTF8ToString(messagePtr) : "Unknown error", funcname = funcnamePtr ? wasmModule.UTF8ToString(funcnamePtr) : void 0, filename = filenamePtr ? wasmModule.UTF8ToString(filenamePtr) : void 0;
          throw new SqlError(message, {
            message,
            cursorPosition: cursorpos > 0 ? cursorpos - 1 : 0,
            // Convert to 0-based
            fileName: filename,
            functionName: funcname,
            lineNumber: lineno > 0 ? lineno : void 0
          });
        }
        if (!parseTreePtr)
          throw new Error("No parse tree generated");
        let parseTreeStr = wasmModule.UTF8ToString(parseTreePtr);
        return JSON.parse(parseTreeStr);
      } finally {
        wasmModule._free(queryPtr), resultPtr && wasmModule._wasm_free_parse_result(resultPtr);
      }
    }
    function parsePlPgSQLSync(query) {
      if (!wasmModule)
        throw new Error("WASM module not initialized. Call loadModule() first.");
      let queryPtr = stringToPtr(query), resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_parse_plpgsql(queryPtr);
        let resultStr = ptrToString(resultPtr);
        if (!resultStr.startsWith("{"))
          throw new Error(resultStr);
        return JSON.parse(resultStr);
      } finally {
        wasmModule._free(queryPtr), resultPtr && wasmModule._wasm_free_string(resultPtr);
      }
    }
    function fingerprintSync(query) {
      if (!wasmModule)
        throw new Error("WASM module not initialized. Call loadModule() first.");
      let queryPtr = stringToPtr(query), resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_fingerprint(queryPtr);
        let resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR"))
          throw new Error(resultStr);
        return resultStr;
      } finally {
        wasmModule._free(queryPtr), resultPtr && wasmModule._wasm_free_string(resultPtr);
      }
    }
    function normalizeSync(query) {
      if (!wasmModule)
        throw new Error("WASM module not initialized. Call loadModule() first.");
      let queryPtr = stringToPtr(query), resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_normalize_query(queryPtr);
        let resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR"))
          throw new Error(resultStr);
        return resultStr;
      } finally {
        wasmModule._free(queryPtr), resultPtr && wasmModule._wasm_free_string(resultPtr);
      }
    }
    exports.scan = awaitInit(async (query) => {
      let queryPtr = stringToPtr(query), resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_scan(queryPtr);
        let resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR"))
          throw new Error(resultStr);
        return JSON.parse(resultStr);
      } finally {
        wasmModule._free(queryPtr), resultPtr && wasmModule._wasm_free_string(resultPtr);
      }
    });
    function scanSync3(query) {
      if (!wasmModule)
        throw new Error("WASM module not initialized. Call loadModule() first.");
      let queryPtr = stringToPtr(query), resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_scan(queryPtr);
        let resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR"))
          throw new Error(resultStr);
        return JSON.parse(resultStr);
      } finally {
        wasmModule._free(queryPtr), resultPtr && wasmModule._wasm_free_string(resultPtr);
      }
    }
  }
});

// src/cli/main.ts
import { readFileSync as readFileSync3, writeFileSync as writeFileSync2 } from "node:fs";
import path4 from "node:path";

// src/parse/ast.ts
function unwrap(node) {
  if (!node) return;
  let [kind] = Object.keys(node);
  return [kind, node[kind]];
}
function statementOf(node, kind) {
  if (!(!node || !(kind in node)))
    return node[kind];
}
function qualify(relation) {
  return relation?.relname ? `${relation.schemaname ?? "public"}.${relation.relname}` : "";
}
function qualifyNameList(list) {
  let parts = (list?.List?.items ?? []).map((item) => item.String?.sval ?? "");
  return parts.length === 1 ? `public.${parts[0]}` : parts.slice(-2).join(".");
}
function hasOption(options, name) {
  return (options ?? []).some(
    (option) => option.DefElem?.defname === name
  );
}

// rules/concurrent-index.ts
var rule = {
  meta: {
    id: "concurrent-index",
    description: "CREATE INDEX, DROP INDEX and REINDEX on an existing table use CONCURRENTLY.",
    defaultSeverity: "error",
    sources: ["statement"]
  },
  checkStatement(statement, context) {
    checkCreate(statement, context), checkDrop(statement, context), checkReindex(statement, context);
  }
};
function checkCreate(statement, context) {
  let create = statementOf(statement.node, "IndexStmt");
  if (!create || create.concurrent) return;
  let table = qualify(create.relation);
  context.history.isExistingTable(table) && (create.relation?.inh === !1 && context.history.isPartitionedTable(table) || context.report({
    message: `\`CREATE INDEX\` on existing table \`${table}\` without CONCURRENTLY blocks writes for the whole build`,
    location: context.locateStatement(statement),
    object: table
  }));
}
function checkDrop(statement, context) {
  let drop = statementOf(statement.node, "DropStmt");
  if (!drop || drop.concurrent || drop.removeType !== "OBJECT_INDEX") return;
  let existing = (drop.objects ?? []).map(qualifyNameList).filter((name) => context.history.isExistingIndex(name));
  existing.length !== 0 && context.report({
    message: `\`DROP INDEX\` of \`${existing.join("`, `")}\` without CONCURRENTLY locks its table against reads and writes`,
    location: context.locateStatement(statement),
    object: existing[0]
  });
}
function checkReindex(statement, context) {
  let reindex = statementOf(statement.node, "ReindexStmt");
  if (!reindex || hasOption(reindex.params, "concurrently")) return;
  let target = qualify(reindex.relation);
  if (!(reindex.kind === "REINDEX_OBJECT_INDEX" ? context.history.isExistingIndex(target) : reindex.kind !== "REINDEX_OBJECT_TABLE" || context.history.isExistingTable(target))) return;
  let what = target ? ` of \`${target}\`` : "";
  context.report({
    message: `\`REINDEX\`${what} without CONCURRENTLY locks out writes (and reads that use the index) until it finishes`,
    location: context.locateStatement(statement),
    object: target || void 0
  });
}
var concurrent_index_default = rule;

// src/parse/concurrent.ts
function concurrentForm(node) {
  if (statementOf(node, "IndexStmt")?.concurrent) return "CREATE INDEX CONCURRENTLY";
  let drop = statementOf(node, "DropStmt");
  return drop?.concurrent && drop.removeType === "OBJECT_INDEX" ? "DROP INDEX CONCURRENTLY" : hasOption(statementOf(node, "ReindexStmt")?.params, "concurrently") ? "REINDEX CONCURRENTLY" : statementOf(node, "AlterTableStmt")?.cmds?.some((cmd) => {
    let def = cmd.AlterTableCmd;
    return def?.subtype === "AT_DetachPartition" && def.def?.PartitionCmd?.concurrent;
  }) ? "DETACH PARTITION CONCURRENTLY" : void 0;
}

// rules/concurrent-in-transaction.ts
var rule2 = {
  meta: {
    id: "concurrent-in-transaction",
    description: "A CONCURRENTLY statement is placed where the migration runner can run it outside a transaction.",
    defaultSeverity: "error",
    sources: ["statement"]
  },
  checkStatement(statement, context) {
    let form = concurrentForm(statement.node);
    if (!form) return;
    let problem = placementProblem(statement, context, form);
    problem && context.report({ message: problem, location: context.locateStatement(statement) });
  }
};
function placementProblem(statement, context, form) {
  switch (context.config.runner) {
    case "supabase": {
      let others = context.file.statements.length - 1;
      return others === 0 ? void 0 : `\`${form}\` shares its file with ${others} other statement${others === 1 ? "" : "s"}: the Supabase CLI sends a file as one implicit transaction, where PostgreSQL refuses CONCURRENTLY; move it to a file of its own`;
    }
    case "psql":
      return insideExplicitTransaction(statement, context.file.statements) ? `\`${form}\` is inside an explicit BEGIN \u2026 COMMIT block, where PostgreSQL refuses it; move it outside` : void 0;
    case "transaction":
      return `\`${form}\` cannot run with runner "transaction": every file runs in one transaction, where PostgreSQL refuses CONCURRENTLY`;
  }
}
function insideExplicitTransaction(target, statements) {
  let open = !1;
  for (let statement of statements) {
    if (statement === target) return open;
    let kind = statementOf(statement.node, "TransactionStmt")?.kind;
    kind === "TRANS_STMT_BEGIN" || kind === "TRANS_STMT_START" ? open = !0 : (kind === "TRANS_STMT_COMMIT" || kind === "TRANS_STMT_ROLLBACK" || kind === "TRANS_STMT_PREPARE") && (open = !1);
  }
  return open;
}
var concurrent_in_transaction_default = rule2;

// rules/constraint-not-valid.ts
var rule3 = {
  meta: {
    id: "constraint-not-valid",
    description: "A FOREIGN KEY or CHECK constraint added to an existing table is added NOT VALID and validated later.",
    defaultSeverity: "warning",
    sources: ["statement"]
  },
  checkStatement(statement, context) {
    let alter = statementOf(statement.node, "AlterTableStmt");
    if (!alter || alter.objtype !== "OBJECT_TABLE") return;
    let table = qualify(alter.relation);
    if (context.history.isExistingTable(table))
      for (let command of alter.cmds ?? []) {
        let cmd = command.AlterTableCmd, constraint = cmd?.subtype === "AT_AddConstraint" ? cmd.def?.Constraint : void 0;
        if (!constraint || constraint.skip_validation) continue;
        let kind = constraint.contype === "CONSTR_FOREIGN" ? "FOREIGN KEY" : constraint.contype === "CONSTR_CHECK" ? "CHECK" : void 0;
        if (!kind) continue;
        let name = constraint.conname ? ` \`${constraint.conname}\`` : "";
        context.report({
          message: `${kind} constraint${name} on existing table \`${table}\` scans every row under a lock that blocks writes; add it NOT VALID, then VALIDATE CONSTRAINT in a later statement`,
          location: context.locateNode(statement, constraint.location),
          object: table
        });
      }
  }
}, constraint_not_valid_default = rule3;

// src/history/migration-files.ts
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

// src/errors.ts
var UsageError = class extends Error {
  name = "UsageError";
  exitCode = 2;
};

// src/parse/positions.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
    let bytes = Buffer.from(text, "utf8");
    this.bytes = bytes.length === text.length ? void 0 : bytes;
    let starts = [0], at = bytes.indexOf(10);
    for (; at !== -1; )
      starts.push(at + 1), at = bytes.indexOf(10, at + 1);
    this.lineStarts = starts;
  }
  text;
  /** Byte offset where each line starts. */
  lineStarts;
  /** Undefined when the text is pure ASCII, so bytes and characters coincide and no decoding is needed. */
  bytes;
  get lineCount() {
    return this.lineStarts.length;
  }
  /** The text between two byte offsets. */
  slice(startByte, endByte) {
    return this.bytes ? this.bytes.toString("utf8", startByte, endByte) : this.text.slice(startByte, endByte);
  }
  /** Byte offset of the start of a 1-based line (the end of the text for lines past the last). */
  lineStart(line) {
    return this.lineStarts[line - 1] ?? this.byteLength;
  }
  get byteLength() {
    return this.bytes ? this.bytes.length : this.text.length;
  }
  /** 1-based line and column (UTF-16 units) of a byte offset. */
  position(byteOffset) {
    let lineIndex = this.lineContaining(byteOffset), lineStart = this.lineStarts[lineIndex], column = this.bytes ? this.bytes.toString("utf8", lineStart, byteOffset).length : byteOffset - lineStart;
    return { line: lineIndex + 1, column: column + 1 };
  }
  lineContaining(byteOffset) {
    let low = 0, high = this.lineStarts.length - 1;
    for (; low < high; ) {
      let middle = low + high + 1 >> 1;
      this.lineStarts[middle] <= byteOffset ? low = middle : high = middle - 1;
    }
    return low;
  }
};
function codePointOffsetToByte(text, codePoints) {
  let bytes = 0, seen = 0;
  for (let char of text) {
    if (seen === codePoints) break;
    let code = char.codePointAt(0) ?? 0;
    bytes += code < 128 ? 1 : code < 2048 ? 2 : code < 65536 ? 3 : 4, seen++;
  }
  return bytes;
}
function utf8Length(text) {
  return Buffer.byteLength(text, "utf8");
}

// src/parse/parse-file.ts
var import_libpg_query = __toESM(require_wasm(), 1);
var loaded;
function loadParser() {
  return loaded ??= (0, import_libpg_query.loadModule)(), loaded;
}
function parseStatements(text) {
  if (!/\S/.test(text)) return [];
  try {
    return fromParseResult((0, import_libpg_query.parseSync)(text).stmts ?? [], 0, utf8Length(text));
  } catch (error) {
    return parsePieceByPiece(text, toParserError(error));
  }
}
function fromParseResult(raw, baseOffset, byteLength) {
  return raw.map((entry, index) => {
    let start = entry.stmt_location ?? 0, end = entry.stmt_len ? start + entry.stmt_len : byteLength;
    return {
      index,
      node: entry.stmt,
      nodeOffset: baseOffset,
      start: baseOffset + start,
      end: baseOffset + end
    };
  });
}
function toParserError(error) {
  let details = error.sqlDetails;
  return details ? { message: details.message, cursor: details.cursorPosition } : { message: error.message ?? String(error), cursor: 0 };
}
function parsePieceByPiece(text, wholeFileError) {
  let bytes = Buffer.from(text, "utf8"), statements = [];
  for (let piece of splitIntoPieces(text, bytes, wholeFileError)) {
    let pieceText = bytes.toString("utf8", piece.start, piece.end), index = statements.length;
    if (piece.metaCommand !== void 0) {
      statements.push({
        index,
        nodeOffset: piece.start,
        start: piece.start,
        end: piece.end,
        parseProblem: metaCommandProblem(piece)
      });
      continue;
    }
    try {
      let parsed = fromParseResult((0, import_libpg_query.parseSync)(pieceText).stmts ?? [], piece.start, piece.end - piece.start);
      for (let statement of parsed) statements.push({ ...statement, index: statements.length });
    } catch (error) {
      let problem = toParserError(error), offset = piece.start + codePointOffsetToByte(pieceText, problem.cursor);
      statements.push({
        index,
        nodeOffset: piece.start,
        start: piece.start,
        end: piece.end,
        parseProblem: { message: problem.message, offset }
      });
    }
  }
  return statements;
}
function metaCommandProblem(piece) {
  return {
    message: `psql meta-command \`${piece.metaCommand}\` is not SQL: only psql understands it, and a migration runner sends it to the server, which rejects it`,
    offset: piece.start
  };
}
function splitIntoPieces(text, bytes, wholeFileError) {
  let tokens, brokenTailFrom;
  try {
    tokens = (0, import_libpg_query.scanSync)(text).tokens;
  } catch {
    let cutAt = codePointOffsetToByte(text, wholeFileError.cursor);
    tokens = safeScan(bytes.toString("utf8", 0, cutAt)), brokenTailFrom = cutAt;
  }
  let pieces = cutAtSemicolons(tokens, bytes);
  return brokenTailFrom !== void 0 && attachBrokenTail(pieces, tokens, brokenTailFrom, bytes.length), pieces;
}
function safeScan(text) {
  try {
    return (0, import_libpg_query.scanSync)(text).tokens;
  } catch {
    return [];
  }
}
var COMMENT_TOKENS = /* @__PURE__ */ new Set(["SQL_COMMENT", "C_COMMENT"]);
function cutAtSemicolons(tokens, bytes) {
  let pieces = [], first, last, parenDepth = 0, atomicDepth = 0, close = () => {
    first && last && pieces.push({ start: first.start, end: last.end }), first = last = void 0;
  };
  for (let i = 0; i < tokens.length; i++) {
    let token = tokens[i];
    if (COMMENT_TOKENS.has(token.tokenName)) continue;
    if (token.text === "\\" && startsLine(bytes, token.start)) {
      close();
      let lineEnd = endOfLine(bytes, token.start), name = bytes.toString("utf8", token.start, lineEnd).trim().split(/\s+/)[0];
      for (pieces.push({ start: token.start, end: lineEnd, metaCommand: name }); i + 1 < tokens.length && tokens[i + 1].start < lineEnd; ) i++;
      continue;
    }
    let word = token.text.toLowerCase();
    if (token.text === "(" ? parenDepth++ : token.text === ")" ? parenDepth = Math.max(0, parenDepth - 1) : word === "begin" && tokens[i + 1]?.text.toLowerCase() === "atomic" || atomicDepth > 0 && word === "case" ? atomicDepth++ : atomicDepth > 0 && word === "end" && atomicDepth--, token.text === ";" && parenDepth === 0 && atomicDepth === 0) {
      close();
      continue;
    }
    first ??= token, last = token;
  }
  return close(), pieces;
}
function attachBrokenTail(pieces, scanned, tailFrom, fileEnd) {
  let lastSemicolon = [...scanned].reverse().find((token) => token.text === ";"), lastPiece = pieces.at(-1);
  lastPiece && !lastPiece.metaCommand && (!lastSemicolon || lastPiece.start > lastSemicolon.start) ? lastPiece.end = fileEnd : pieces.push({ start: tailFrom, end: fileEnd });
}
function startsLine(bytes, offset) {
  for (let at = offset - 1; at >= 0; at--) {
    let byte = bytes[at];
    if (byte === 10) return !0;
    if (byte !== 32 && byte !== 9 && byte !== 13) return !1;
  }
  return !0;
}
function endOfLine(bytes, offset) {
  let newline = bytes.indexOf(10, offset), end = newline === -1 ? bytes.length : newline;
  return end > offset && bytes[end - 1] === 13 ? end - 1 : end;
}

// src/parse/suppressions.ts
var import_libpg_query2 = __toESM(require_wasm(), 1), MARKER = "scribe-lint-disable", DIRECTIVE = /^--\s*scribe-lint-disable(-next-line)?(?:\s+(.*))?$/;
function findSuppressions(text) {
  if (!text.includes(MARKER)) return [];
  let found = [];
  for (let comment of commentTokens(text)) {
    let match = DIRECTIVE.exec(comment.text.trimEnd());
    if (!match) continue;
    let { ruleIds, reason } = splitIdsAndReason(match[2] ?? "");
    found.push({
      scope: match[1] ? "next-statement" : "file",
      ruleIds,
      reason,
      start: comment.start,
      end: comment.end
    });
  }
  return found;
}
function splitIdsAndReason(rest) {
  let separator = rest.indexOf("--"), idsPart = separator === -1 ? rest : rest.slice(0, separator), reason = separator === -1 ? "" : rest.slice(separator + 2).trim();
  return { ruleIds: idsPart.split(/[\s,]+/).map((id) => id.trim()).filter((id) => id !== ""), reason };
}
function commentTokens(text) {
  try {
    return (0, import_libpg_query2.scanSync)(text).tokens.filter((token) => token.tokenName === "SQL_COMMENT").map((token) => ({ text: token.text, start: token.start, end: token.end }));
  } catch {
    return lineCommentsByRegex(text);
  }
}
function lineCommentsByRegex(text) {
  let found = [], pattern = /--[^\n]*scribe-lint-disable[^\n]*/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    let start = Buffer.byteLength(text.slice(0, match.index), "utf8");
    found.push({ text: match[0], start, end: start + Buffer.byteLength(match[0], "utf8") });
  }
  return found;
}

// src/history/migration-files.ts
var RUNNER_FILE_NAME = /^([0-9]+)_(.+)\.sql$/;
function collectMigrationPaths(paths, cwd, options) {
  let found = [];
  for (let given of paths) {
    let absolute = path.resolve(cwd, given), isDirectory;
    try {
      isDirectory = statSync(absolute).isDirectory();
    } catch {
      if (options.optional) continue;
      throw new UsageError(`no such file or directory: ${given}`);
    }
    if (!isDirectory) {
      found.push(absolute);
      continue;
    }
    for (let entry of readdirSync(absolute, { withFileTypes: !0 }))
      entry.isFile() && entry.name.toLowerCase().endsWith(".sql") && found.push(path.join(absolute, entry.name));
  }
  return [...new Set(found)].sort(compareRunnerOrder);
}
function compareRunnerOrder(a, b) {
  let byName = compareStrings(path.basename(a), path.basename(b));
  return byName !== 0 ? byName : compareStrings(a, b);
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function displayPathOf(absolute, cwd) {
  let relative = path.relative(cwd, absolute);
  return (relative.startsWith("..") || path.isAbsolute(relative) ? absolute : relative).split(path.sep).join("/");
}
function readMigrationFile(absolute, cwd) {
  let bytes;
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    throw new UsageError(
      `cannot read ${displayPathOf(absolute, cwd)}: ${error.code}`
    );
  }
  return migrationFileFromBytes(absolute, displayPathOf(absolute, cwd), bytes);
}
function migrationFileFromBytes(absolute, displayPath, bytes) {
  let name = path.basename(absolute), text = stripBom(bytes.toString("utf8")), lines = new LineIndex(text), version = RUNNER_FILE_NAME.exec(name)?.[1], nul = text.indexOf("\0"), statements = nul === -1 ? trimEnds(parseStatements(text), lines) : [binaryFileStatement(text, nul)];
  return {
    path: absolute,
    displayPath,
    name,
    text,
    lines,
    statements,
    version,
    applied: version !== void 0,
    suppressions: nul === -1 ? findSuppressions(text) : []
  };
}
function stripBom(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function binaryFileStatement(text, nulAt) {
  let offset = Buffer.byteLength(text.slice(0, nulAt), "utf8");
  return {
    index: 0,
    nodeOffset: 0,
    start: 0,
    end: Buffer.byteLength(text, "utf8"),
    parseProblem: { message: "the file contains a NUL byte: it is binary, not SQL text", offset }
  };
}
function trimEnds(statements, lines) {
  let last = statements.at(-1);
  if (!last || last.end !== lines.byteLength) return statements;
  let text = lines.slice(last.start, last.end);
  return last.end -= Buffer.byteLength(text.slice(text.trimEnd().length), "utf8"), statements;
}

// rules/migration-filename.ts
var rule4 = {
  meta: {
    id: "migration-filename",
    description: "Migration files are named `<14-digit version>_<name>.sql`, with versions unique, so the runner applies them in order.",
    defaultSeverity: "warning",
    sources: ["statement"]
  },
  checkFile(file, context) {
    let firstLine = file.text.split(`
`, 1)[0].replace(/\r$/, ""), location = context.locate(0, Buffer.byteLength(firstLine, "utf8"));
    if (!RUNNER_FILE_NAME.test(file.name)) {
      context.report({
        message: `\`${file.name}\` does not match \`<digits>_<name>.sql\`: the Supabase CLI will not apply it`,
        location
      });
      return;
    }
    let version = file.version;
    version.length !== 14 && context.report({
      message: `version \`${version}\` is ${version.length} digits, not 14 (YYYYMMDDHHMMSS): it sorts out of order among the others`,
      location
    });
    let first = firstWithVersion(context.allFiles, version);
    first !== file && context.report({
      message: `version \`${version}\` is also used by \`${first.displayPath}\`: the runner records one version once`,
      location
    });
  }
};
function firstWithVersion(files, version) {
  return files.find((file) => file.version === version);
}
var migration_filename_default = rule4;

// rules/parse-error.ts
var rule5 = {
  meta: {
    id: "parse-error",
    description: "Every statement is SQL that PostgreSQL can parse.",
    defaultSeverity: "error",
    sources: ["statement"]
  },
  checkStatement(statement, context) {
    let problem = statement.parseProblem;
    if (!problem) return;
    let at = context.locate(problem.offset, problem.offset), lineEnd = context.file.lines.lineStart(at.line + 1), end = Math.min(statement.end, Math.max(problem.offset + 1, lineEnd - 1));
    context.report({
      message: problem.message,
      location: context.locate(problem.offset, Math.max(end, problem.offset))
    });
  }
}, parse_error_default = rule5;

// rules/unused-suppression.ts
var rule6 = {
  meta: {
    id: "unused-suppression",
    description: "Every suppression comment suppresses a finding and names known rules.",
    defaultSeverity: "warning",
    sources: ["statement"]
  }
}, unused_suppression_default = rule6;

// rules/index.ts
var allRules = [
  // statement rules
  parse_error_default,
  concurrent_index_default,
  concurrent_in_transaction_default,
  constraint_not_valid_default,
  migration_filename_default,
  unused_suppression_default
  // schema rules (shadow and live)
  // source and redis rules
];

// src/config.ts
import { readFileSync as readFileSync2 } from "node:fs";
import path2 from "node:path";

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/), codeblock = "", numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    l && (codeblock += i.toString().padEnd(numberLen, " "), codeblock += ":  ", codeblock += l, codeblock += `
`, i === line && (codeblock += " ".repeat(numberLen + column + 2), codeblock += `^
`));
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    let [line, column] = getLineColFromPtr(options.toml, options.ptr), codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options), this.line = line, this.column = column, this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p, c = ctx.s.charCodeAt(ctx.p++), first = c, isLiteral = c === 39, isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  isMultiline && ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10 ? ctx.p++ : c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10 && (ctx.p += 2));
  let parsed = "", sliceStart = ctx.p, state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++)
    if (c = ctx.s.charCodeAt(ctx.p), isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10))
      state = state && 3;
    else if (c < 32 && c !== 9 || c === 127)
      TomlError.x("control characters are not allowed in strings", ctx);
    else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline && (ctx.s.charCodeAt(ctx.p + 3) === first && ctx.p++, ctx.s.charCodeAt(ctx.p + 3) === first && ctx.p++), !state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      return ctx.p += isMultiline ? 3 : 1, parsed;
    } else if (!state)
      !isLiteral && c === 92 && (parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p), state = 1);
    else if (state === 1)
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1, value = 0, len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p), digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          digit < 0 && TomlError.x("invalid non-hex character in unicode escape", ctx), value = value << 4 | digit;
        }
        (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) && TomlError.x("invalid unicode escape", ctx, errPtr), parsed += String.fromCodePoint(value), sliceStart = ctx.p--, state = 0;
      } else isMultiline && (c === 32 || c === 9) ? state = 2 : (c === 98 ? parsed += "\b" : c === 116 ? parsed += "	" : c === 110 ? parsed += `
` : c === 102 ? parsed += "\f" : c === 114 ? parsed += "\r" : c === 101 ? parsed += "\x1B" : c === 34 ? parsed += '"' : c === 92 ? parsed += "\\" : TomlError.x("unrecognised escape sequence", ctx), sliceStart = ctx.p + 1, state = 0);
    else c !== 32 && c !== 9 && (state === 2 && TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart), state = !isLiteral && c === 92 ? 1 : 0, sliceStart = ctx.p);
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i, TomlDate = class _TomlDate extends Date {
  #hasDate = !1;
  #hasTime = !1;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = !0, hasTime = !0, offset = "Z", c;
    if (typeof date == "string")
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            fasttype === 2 ? (offset = null, date += "Z") : (c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122 && (offset = date.slice(date.length - 6)), unsafeDelim && (date = date.slice(0, 10) + "T" + date.slice(11));
          } else fasttype === 4 && (date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`);
          hasDate = fasttype !== 4, hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        match ? (match[1] || (hasDate = !1, date = `0000-01-01T${date}`), hasTime = !!match[2], hasTime && date[10] === " " && (date = date.replace(" ", "T")), match[2] && +match[2] > 23 ? date = "" : (offset = match[3] || null, !offset && hasTime && (date += "Z"))) : date = "";
      }
    super(date), isNaN(this.getTime()) || (this.#hasDate = hasDate, this.#hasTime = hasTime, this.#offset = offset);
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    return offset = this.#offset[0] === "-" ? offset : -offset, new Date(this.getTime() - offset * 6e4).toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    return date.#offset = offset, date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    return date.#offset = null, date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    return date.#hasTime = !1, date.#offset = null, date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    return date.#hasDate = !1, date.#offset = null, date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p, c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    return ctx.d++, value;
  }
  return c === 34 || c === 39 ? parseString(ctx) : c === 116 ? ((ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101) && TomlError.x("invalid value", ctx, errPtr), ctx.p++, !0) : c === 102 ? ((ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101) && TomlError.x("invalid value", ctx, errPtr), ctx.p++, !1) : c === 43 || c === 45 ? parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end) : ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45 ? parseDate(ctx, c, end) : ctx.s.charCodeAt(ctx.p + 2) === 58 ? parseTime(ctx, c, end) : parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr, state = 0, hasUnderscores = !1;
  if (c === 105)
    return (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102) && TomlError.x("invalid value", ctx, startPtr), ctx.p++, (sign || 1) / 0;
  if (c === 110)
    return (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110) && TomlError.x("invalid value", ctx, startPtr), ctx.p++, NaN;
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === !0 ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    c === 46 ? state = 2 : c === 101 || c === 69 ? state = 4 : TomlError.x("illegal leading zero", ctx, startPtr);
  } else isDigit(c) || TomlError.x("invalid value", ctx, startPtr);
  for (; ++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr)); )
    state || (state = 1), c === 95 ? (state & 1 || TomlError.x("illegal underscore", ctx), state += 11, hasUnderscores = !0) : state === 1 && c === 46 ? state = 2 : (state === 1 || state === 3) && (c === 101 || c === 69) ? state = 4 : state === 4 && (c === 43 || c === 45) ? state = 6 : isDigit(c) ? state > 9 ? state -= 11 : state & 1 || state++ : TomlError.x("illegal character in numeric literal", ctx);
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === !0 ? BigInt(val) : val;
  }
  state & 1 || TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  return hasUnderscores && (str = str.replaceAll("_", "")), state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  for (; ++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr)); )
    c === 95 ? (underscore & 1 && TomlError.x("illegal underscore", ctx), underscore = 3) : isDigit(c, base) ? underscore & 1 && underscore-- : TomlError.x("illegal character in numeric literal", ctx);
  underscore & 1 && TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  return underscore && (str = str.replaceAll("_", "")), parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== !0)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return BigInt(base === 10 ? str : (base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)))
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  if (ctx.p += 5, isDigit(ctx.s.charCodeAt(ctx.p++)) || TomlError.x("invalid date-time: date part is malformed", ctx, startPtr), ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = !0, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, !1, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58 && TomlError.x("invalid date-time: time part is malformed", ctx, startPtr), ctx.s.charCodeAt(ctx.p += 3) === 58 && (ctx.p += 3), ctx.s.charCodeAt(ctx.p) === 46)
    for (; isDigit(ctx.s.charCodeAt(++ctx.p)); )
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p)))
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  if (ctx.s.charCodeAt(ctx.p += 4) === 58 && (ctx.p += 3), ctx.s.charCodeAt(ctx.p) === 46)
    for (; isDigit(ctx.s.charCodeAt(++ctx.p)); )
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, !1, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    return date.isValid() || TomlError.x("invalid date", ctx, errPtr), date;
  }
  try {
    switch (temporalSuffix && (str += temporalSuffix), type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    (c < 32 && c !== 9 || c === 127) && TomlError.x("control characters are not allowed in comments", ctx);
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  for (; ctx.p < ctx.s.length; ) {
    for (; ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)); )
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr, state = 0, parsed = [], sliceStart, c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end)
      return state || TomlError.x("unexpected end of key", ctx), state === 1 && parsed.push(ctx.s.slice(sliceStart, ctx.p)), ctx.p++, parsed;
    c === 46 ? (state || TomlError.x("illegal empty bare key", ctx), state === 1 && parsed.push(ctx.s.slice(sliceStart, ctx.p)), state = 0) : !state && (c === 34 || c === 39) ? (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2) && TomlError.x("illegal quoted key: multiline strings are not allowed", ctx), parsed.push(parseString(ctx)), state = 2, ctx.p--) : c === 32 || c === 9 ? state === 1 && (parsed.push(ctx.s.slice(sliceStart, ctx.p)), state = 2) : state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122 ? TomlError.x("illegal character in key", ctx) : state || (state = 1, sliceStart = ctx.p);
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++, res = /* @__PURE__ */ Object.create(null), seen = /* @__PURE__ */ new Set(), c;
  for (; ctx.p < ctx.s.length; ) {
    if (skipVoid(ctx), (c = ctx.s.charCodeAt(ctx.p)) === 125)
      return ctx.p++, res;
    let k, t = res, hasOwn = !1, errPtr = ctx.p, key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      i && (t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null)), k = key[i], (hasOwn = Object.hasOwn(t, k)) && (typeof t[k] != "object" || seen.has(t[k])) && TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      !hasOwn && unsafe && Object.defineProperty(t, k, { enumerable: !0, configurable: !0, writable: !0 });
    }
    hasOwn && TomlError.x("trying to redefine an already defined value", ctx, errPtr), skipVoid(ctx, !0, !0);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) == "object" && seen.add(value), skipVoid(ctx), (c = ctx.s.charCodeAt(ctx.p++)) === 125)
      return res;
    c !== 44 && TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++, res = [], c;
  for (; ctx.p < ctx.s.length; ) {
    if (skipVoid(ctx), (c = ctx.s.charCodeAt(ctx.p)) === 93)
      return ctx.p++, res;
    if (res.push(extractValue(
      ctx,
      93
      /* ] */
    )), skipVoid(ctx), (c = ctx.s.charCodeAt(ctx.p++)) === 93)
      return res;
    c !== 44 && TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table, m = meta, k, hasOwn = !1, state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      if (t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null), m = (state = m[k]).c, type === 0 && (state.t === 1 || state.t === 2))
        return null;
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l], m = m[l].c;
      }
    }
    if (k = key[i], (hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d)
      return null;
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return !1;
      unsafe && (Object.defineProperty(t, k, { enumerable: !0, configurable: !0, writable: !0 }), Object.defineProperty(m, k, { enumerable: !0, configurable: !0, writable: !0 })), m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: !1,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  if (state = m[k], state.t !== type && !(type === 1 && state.t === 3) || (type === 2 && (state.d || (state.d = !0, t[k] = []), t[k].push(t = /* @__PURE__ */ Object.create(null)), state.c[state.i++] = state = { t: 1, d: !1, i: 0, c: /* @__PURE__ */ Object.create(null) }), state.d))
    return null;
  if (state.d = !0, type === 1)
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  else if (type === 0 && hasOwn)
    return null;
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  (peek === null || ctx.uk === 2) && TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? !1,
    ld: options.useLegacyDate ?? !0,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  }, res = /* @__PURE__ */ Object.create(null), meta = /* @__PURE__ */ Object.create(null), tmp, skipping = !1, tbl = res, m = meta;
  for (toml.charCodeAt(0) === 65279 && ctx.p++, skipVoid(ctx); ctx.p < toml.length; ) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray, skipping = !1;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      isTableArray && (toml.charCodeAt(ctx.p) !== 93 && TomlError.x("expected end of table array declaration", ctx), ctx.p++);
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      p ? (m = p[2], tbl = p[1]) : (validateTablePeek(ctx, p, tmp), skipping = !0);
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx), p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      !p && !skipping && validateTablePeek(ctx, p, tmp), skipVoid(ctx, !0, !0);
      let v = extractValue(ctx, void 0);
      p && !skipping && (p[1][p[0]] = v);
    }
    skipVoid(ctx, !0), ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10) && TomlError.x("each key-value declaration must be followed by an end-of-line", ctx), skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/config.ts
var RUNNERS = ["supabase", "psql", "transaction"], FAIL_ON_VALUES = ["error", "warning", "info", "never"], SEVERITY_SETTINGS = ["error", "warning", "info", "off"];
function defaultConfig(baseDir = process.cwd()) {
  return {
    migrations: "supabase/migrations",
    runner: "supabase",
    exposedSchemas: ["public"],
    failOn: "error",
    audit: { tables: ["audit_logs"], partitionKey: "created_at", runwayMonths: 3 },
    phi: {
      tables: ["messages", "structured_notes", "conversations", "part2_consents"],
      cacheAllow: ["programs", "clients", "user_roles"],
      source: ["src/**/*.{ts,tsx,js,mjs}", "supabase/functions/**/*.ts"],
      clients: ["ioredis", "redis", "@redis/client", "@upstash/redis", "@vercel/kv"],
      wrappers: ["cache"]
    },
    rules: {},
    baseDir
  };
}
function loadConfig(options) {
  let explicit = options.file !== void 0, file = path2.resolve(options.cwd, options.file ?? "scribe-lint.toml"), text;
  try {
    text = readFileSync2(file, "utf8");
  } catch (error) {
    if (!explicit && error.code === "ENOENT") return defaultConfig(options.cwd);
    throw new UsageError(`cannot read config ${options.file ?? file}: ${error.message}`);
  }
  return parseConfig(text, { file, knownRuleIds: options.knownRuleIds });
}
function parseConfig(text, options) {
  let shown = path2.relative(process.cwd(), options.file) || options.file, table;
  try {
    table = parse(text);
  } catch (error) {
    let where = error instanceof TomlError ? ` (line ${error.line}, column ${error.column})` : "", first = error.message.split(`
`)[0];
    throw new UsageError(`${shown}: invalid TOML${where}: ${first}`);
  }
  let config = defaultConfig(path2.dirname(options.file));
  config.file = options.file;
  let read = new ConfigReader(shown);
  return read.topLevel(table, config), read.rules(table.rules, config, options.knownRuleIds), config;
}
var ConfigReader = class {
  constructor(fileName) {
    this.fileName = fileName;
  }
  fileName;
  topLevel(table, config) {
    for (let [key, value] of Object.entries(table))
      switch (key) {
        case "migrations":
          config.migrations = this.string(key, value);
          break;
        case "runner":
          config.runner = this.oneOf(key, value, RUNNERS);
          break;
        case "exposed_schemas":
          config.exposedSchemas = this.strings(key, value);
          break;
        case "fail_on":
          config.failOn = this.oneOf(key, value, FAIL_ON_VALUES);
          break;
        case "audit":
          this.audit(this.table(key, value), config);
          break;
        case "phi":
          this.phi(this.table(key, value), config);
          break;
        case "rules":
          break;
        // validated separately against the rule registry
        default:
          this.unknown(key);
      }
  }
  audit(table, config) {
    for (let [key, value] of Object.entries(table)) {
      let name = `audit.${key}`;
      key === "tables" ? config.audit.tables = this.strings(name, value) : key === "partition_key" ? config.audit.partitionKey = this.string(name, value) : key === "runway_months" ? config.audit.runwayMonths = this.positiveInteger(name, value) : this.unknown(name);
    }
  }
  phi(table, config) {
    for (let [key, value] of Object.entries(table)) {
      let name = `phi.${key}`;
      key === "tables" ? config.phi.tables = this.strings(name, value) : key === "cache_allow" ? config.phi.cacheAllow = this.strings(name, value) : key === "source" ? config.phi.source = this.strings(name, value) : key === "clients" ? config.phi.clients = this.strings(name, value) : key === "wrappers" ? config.phi.wrappers = this.strings(name, value) : this.unknown(name);
    }
  }
  rules(value, config, knownRuleIds) {
    if (value === void 0) return;
    let table = this.table("rules", value);
    for (let [id, setting] of Object.entries(table)) {
      if (!knownRuleIds.includes(id))
        throw new UsageError(`${this.fileName}: unknown rule "rules.${id}" (see \`scribe-lint rules\`)`);
      config.rules[id] = this.oneOf(`rules.${id}`, setting, SEVERITY_SETTINGS);
    }
  }
  fail(key, expected, value) {
    throw new UsageError(`${this.fileName}: "${key}" must be ${expected}, got ${describe(value)}`);
  }
  unknown(key) {
    throw new UsageError(`${this.fileName}: unknown key "${key}"`);
  }
  string(key, value) {
    return (typeof value != "string" || value === "") && this.fail(key, "a non-empty string", value), value;
  }
  strings(key, value) {
    return (!Array.isArray(value) || !value.every((item) => typeof item == "string" && item !== "")) && this.fail(key, "an array of non-empty strings", value), value;
  }
  positiveInteger(key, value) {
    let number = typeof value == "bigint" ? Number(value) : value;
    return (typeof number != "number" || !Number.isInteger(number) || number < 1 || number > 120) && this.fail(key, "a whole number from 1 to 120", value), number;
  }
  oneOf(key, value, allowed) {
    return (typeof value != "string" || !allowed.includes(value)) && this.fail(key, `one of ${allowed.map((item) => `"${item}"`).join(", ")}`, value), value;
  }
  table(key, value) {
    return (typeof value != "object" || value === null || Array.isArray(value) || value instanceof Date) && this.fail(key, "a table", value), value;
  }
};
function describe(value) {
  return Array.isArray(value) ? "an array" : value instanceof Date ? "a date" : typeof value == "string" ? `"${value}"` : typeof value == "object" && value !== null ? "a table" : String(value);
}

// src/history/model.ts
var HistoryModel = class {
  tables = /* @__PURE__ */ new Map();
  indexes = /* @__PURE__ */ new Map();
  currentFile = -1;
  /** Call before the first statement of each file, in runner order. */
  startFile(fileNumber) {
    this.currentFile = fileNumber;
  }
  isExistingTable(name) {
    let table = this.tables.get(name);
    return table === void 0 || table.createdInFile < this.currentFile;
  }
  isExistingIndex(name) {
    let index = this.indexes.get(name);
    return index === void 0 ? !0 : index.createdInFile < this.currentFile && this.isExistingTable(index.table);
  }
  isPartitionedTable(name) {
    return this.tables.get(name)?.partitioned ?? !1;
  }
  tableOfIndex(name) {
    return this.indexes.get(name)?.table;
  }
  /** Updates the model with a statement's effect. Statements that did not parse change nothing. */
  apply(statement) {
    let unwrapped = unwrap(statement.node);
    if (!unwrapped) return;
    let [kind, body] = unwrapped;
    switch (kind) {
      case "CreateStmt":
        return this.createTable(body);
      case "CreateTableAsStmt":
        return this.addTable(qualify(body.into?.rel), !1);
      case "IndexStmt":
        return this.createIndex(body);
      case "RenameStmt":
        return this.rename(body);
      case "DropStmt":
        return this.drop(body);
      case "AlterObjectSchemaStmt":
        return this.moveSchema(body);
    }
  }
  createTable(statement) {
    let name = qualify(statement.relation);
    statement.if_not_exists && this.tables.has(name) || this.addTable(name, statement.partspec !== void 0);
  }
  addTable(name, partitioned) {
    name && this.tables.set(name, { createdInFile: this.currentFile, partitioned });
  }
  createIndex(statement) {
    if (!statement.idxname) return;
    let table = qualify(statement.relation), name = `${table.slice(0, table.indexOf("."))}.${statement.idxname}`;
    statement.if_not_exists && this.indexes.has(name) || this.indexes.set(name, { createdInFile: this.currentFile, table });
  }
  rename(statement) {
    if (!statement.newname) return;
    let old = qualify(statement.relation), renamed = `${old.slice(0, old.indexOf("."))}.${statement.newname}`;
    if (statement.renameType === "OBJECT_TABLE") {
      moveKey(this.tables, old, renamed);
      for (let index of this.indexes.values()) index.table === old && (index.table = renamed);
    } else statement.renameType === "OBJECT_INDEX" && moveKey(this.indexes, old, renamed);
  }
  drop(statement) {
    let names = (statement.objects ?? []).map(qualifyNameList);
    if (statement.removeType === "OBJECT_TABLE")
      for (let name of names) {
        this.tables.delete(name);
        for (let [index, facts] of this.indexes) facts.table === name && this.indexes.delete(index);
      }
    else if (statement.removeType === "OBJECT_INDEX")
      for (let name of names) this.indexes.delete(name);
  }
  moveSchema(statement) {
    if (statement.objectType !== "OBJECT_TABLE" || !statement.newschema) return;
    let old = qualify(statement.relation);
    moveKey(this.tables, old, `${statement.newschema}.${statement.relation?.relname}`);
  }
};
function moveKey(map, from, to) {
  let value = map.get(from);
  value !== void 0 && (map.delete(from), map.set(to, value));
}

// src/suppress.ts
var UNUSED = "unused-suppression";
function applySuppressions(findings, files, rules, config) {
  let knownIds = new Set(rules.map((rule7) => rule7.meta.id)), coversByFile = /* @__PURE__ */ new Map();
  for (let file of files)
    file.suppressions.length > 0 && coversByFile.set(
      file.displayPath,
      file.suppressions.map((s) => coverOf(s, file))
    );
  for (let finding of findings) {
    let covers = finding.location ? coversByFile.get(finding.location.file) : void 0;
    covers && suppressIfCovered(finding, covers);
  }
  let honoured = [...coversByFile.values()].flat().filter((cover) => cover.suppressedIds.size > 0).map(toSuppression), unusedRule = rules.find((rule7) => rule7.meta.id === UNUSED), unusedSeverity = unusedRule ? severityOf(unusedRule, config) : "off";
  if (unusedSeverity !== "off")
    for (let covers of coversByFile.values())
      for (let cover of covers) {
        let message = unusedMessage(cover, knownIds);
        if (message) {
          let { start, end } = cover.suppression;
          findings.push({
            ruleId: UNUSED,
            severity: unusedSeverity,
            message,
            location: locationIn(cover.file, start, end)
          });
        }
      }
  return { findings, suppressions: honoured };
}
function coverOf(suppression, file) {
  let cover = { suppression, file, used: !1, suppressedIds: /* @__PURE__ */ new Set() }, firstStatement = file.statements[0];
  if (suppression.scope === "file")
    return firstStatement && firstStatement.start < suppression.start ? (cover.problem = "a file-wide `scribe-lint-disable` must come before the first statement; this one covers nothing", cover) : (cover.fromLine = 1, cover.toLine = Number.MAX_SAFE_INTEGER, cover);
  let next = file.statements.find((statement) => statement.start >= suppression.end);
  return next ? (cover.fromLine = file.lines.position(next.start).line, cover.toLine = file.lines.position(next.end).line, cover) : (cover.problem = "no statement follows this suppression", cover);
}
function toSuppression(cover) {
  let { reason, start, end } = cover.suppression;
  return { reason, ruleIds: [...cover.suppressedIds], location: locationIn(cover.file, start, end) };
}
function suppressIfCovered(finding, covers) {
  let line = finding.location.line;
  for (let cover of covers)
    if (!(cover.fromLine === void 0 || line < cover.fromLine || line > cover.toLine) && cover.suppression.ruleIds.includes(finding.ruleId)) {
      if (cover.used = !0, cover.suppression.reason === "") {
        let at = cover.file.lines.position(cover.suppression.start).line;
        finding.message += ` (the suppression on line ${at} gives no reason after \`--\`, so it does not apply)`;
        continue;
      }
      finding.suppressed = { reason: cover.suppression.reason }, cover.suppressedIds.add(finding.ruleId);
      return;
    }
}
function unusedMessage(cover, knownIds) {
  let { ruleIds } = cover.suppression;
  if (ruleIds.length === 0) return "this suppression names no rule id";
  let unknown = ruleIds.filter((id) => !knownIds.has(id));
  if (unknown.length > 0)
    return `unknown rule id ${unknown.map((id) => `\`${id}\``).join(", ")} in suppression`;
  if (cover.problem) return cover.problem;
  if (!cover.used) return `suppression of ${ruleIds.map((id) => `\`${id}\``).join(", ")} suppressed nothing`;
}

// src/engine.ts
function severityOf(rule7, config) {
  return config.rules[rule7.meta.id] ?? rule7.meta.defaultSeverity;
}
async function runLint(request) {
  let { config } = request, active = request.rules.filter((rule7) => severityOf(rule7, config) !== "off"), collector = new FindingCollector(config, request.rules);
  if (checkMigrations(request.files, active, config, collector), request.schema && await checkSchema(request, active, collector), request.cacheWrites)
    for (let rule7 of active)
      rule7.checkSource?.({ cacheWrites: request.cacheWrites, config, report: collector.reporterFor(rule7) });
  if (request.redis)
    for (let rule7 of active)
      rule7.checkRedis?.({ ...request.redis, config, report: collector.reporterFor(rule7) });
  let { findings, suppressions } = applySuppressions(
    collector.findings,
    request.files,
    request.rules,
    config
  );
  return markNewFindings(findings, request.changedFiles), findings.sort(compareFindings), {
    findings,
    suppressions,
    fileCount: request.files.length,
    statementCount: request.files.reduce((sum, file) => sum + file.statements.length, 0),
    schemaMode: request.schema?.mode,
    replay: request.schema?.replay,
    redis: request.redis && { scannedKeys: request.redis.scannedKeys, complete: request.redis.complete },
    failOn: config.failOn,
    failed: findings.some((finding) => failsRun(finding, config.failOn))
  };
}
var FindingCollector = class {
  constructor(config, rules) {
    this.config = config;
    this.rules = rules;
  }
  config;
  rules;
  findings = [];
  reporterFor(rule7) {
    let severity = severityOf(rule7, this.config);
    return severity === "off" ? () => {
    } : (finding) => this.findings.push({ ruleId: rule7.meta.id, severity, ...finding });
  }
};
function checkMigrations(files, rules, config, collector) {
  let fileRules = rules.filter((rule7) => rule7.checkFile), statementRules = rules.filter((rule7) => rule7.checkStatement), history = new HistoryModel();
  files.forEach((file, fileNumber) => {
    let locate = (start, end) => locationIn(file, start, end);
    for (let rule7 of fileRules)
      rule7.checkFile?.(file, { allFiles: files, config, locate, report: collector.reporterFor(rule7) });
    history.startFile(fileNumber);
    let contexts = statementRules.map((rule7) => statementContext(rule7, file, history, config, collector));
    for (let statement of file.statements) {
      for (let i = 0; i < statementRules.length; i++)
        statementRules[i].checkStatement(statement, contexts[i]);
      history.apply(statement);
    }
  });
}
function statementContext(rule7, file, history, config, collector) {
  let locate = (start, end) => locationIn(file, start, end);
  return {
    file,
    history,
    config,
    locate,
    locateStatement: (statement) => locate(statement.start, statement.end),
    locateNode: (statement, at) => locate(at === void 0 ? statement.start : statement.nodeOffset + at, statement.end),
    report: collector.reporterFor(rule7)
  };
}
async function checkSchema(request, rules, collector) {
  let schema = request.schema;
  for (let rule7 of rules)
    rule7.checkSchema && await rule7.checkSchema({
      db: schema.connection,
      mode: schema.mode,
      config: request.config,
      now: request.now,
      locate: (kind, name) => schema.locate(kind, name),
      migrations: request.files,
      replay: schema.replay,
      report: collector.reporterFor(rule7)
    });
}
function locationIn(file, start, end) {
  let from = file.lines.position(start), to = file.lines.position(Math.max(start, end));
  return {
    file: file.displayPath,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column
  };
}
function markNewFindings(findings, changedFiles) {
  if (changedFiles)
    for (let finding of findings)
      finding.isNew = finding.location !== void 0 && changedFiles.has(finding.location.file);
}
var SEVERITY_RANK = { info: 0, warning: 1, error: 2 };
function atOrAbove(severity, threshold) {
  return threshold !== "never" && SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}
function failsRun(finding, failOn) {
  return !finding.suppressed && finding.isNew !== !1 && atOrAbove(finding.severity, failOn);
}
function compareFindings(a, b) {
  let fileA = a.location?.file ?? "\uFFFF", fileB = b.location?.file ?? "\uFFFF";
  if (fileA !== fileB) return fileA < fileB ? -1 : 1;
  let byPlace = (a.location?.line ?? 0) - (b.location?.line ?? 0) || (a.location?.column ?? 0) - (b.location?.column ?? 0);
  if (byPlace !== 0) return byPlace;
  let objectA = a.object ?? "", objectB = b.object ?? "";
  return objectA !== objectB ? objectA < objectB ? -1 : 1 : a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;
}

// src/lint.ts
async function lint(options, given) {
  await loadParser();
  let providers = given ?? await defaultProviders(), files = readMigrations(options), opened = [];
  try {
    let schema = await openSchema(files, options, providers);
    schema && opened.push(schema);
    let cacheWrites = await providers.analyzeSources?.(options), redis = options.redisUrl ? await providers.scanRedis?.(options.redisUrl, options) : void 0;
    return await runLint({
      files,
      config: options.config,
      rules: options.rules,
      now: options.now,
      schema: schema?.value,
      cacheWrites,
      redis,
      changedFiles: options.changedFiles
    });
  } finally {
    for (let resource of opened) await resource.close();
  }
}
function readMigrations(options) {
  let useDefault = options.paths.length === 0, paths = useDefault ? [options.config.migrations] : options.paths, base = useDefault ? options.config.baseDir : options.cwd;
  return collectMigrationPaths(paths, base, { optional: useDefault }).map((file) => readMigrationFile(file, options.cwd));
}
async function openSchema(files, options, providers) {
  if (options.databaseUrl) return providers.openLive?.(options.databaseUrl, options);
  if (options.shadow && files.length > 0) return providers.openShadow?.(files, options);
}
async function defaultProviders() {
  return {};
}

// src/report/counts.ts
function countFindings(findings) {
  let counts = { error: 0, warning: 0, info: 0, suppressed: 0, existing: 0 };
  for (let finding of findings)
    finding.suppressed ? counts.suppressed++ : finding.isNew === !1 ? counts.existing++ : counts[finding.severity]++;
  return counts;
}
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
var ORDER = { error: 0, warning: 1, info: 2 };
function bySeverity(findings) {
  return [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}

// src/report/github.ts
var COMMAND = { error: "error", warning: "warning", info: "notice" }, githubReporter = ({ result }) => bySeverity(result.findings.filter((finding) => !finding.suppressed && finding.isNew !== !1)).map(annotation).join("");
function annotation(finding) {
  let properties = [];
  if (finding.location) {
    let { file, line, column, endLine, endColumn } = finding.location;
    properties.push(`file=${file}`, `line=${line}`, `col=${column}`, `endLine=${endLine}`, `endColumn=${endColumn}`);
  }
  properties.push(`title=scribe-lint ${finding.ruleId}`);
  let object = finding.object && !finding.location ? `${finding.object}: ` : "", property = properties.map((entry) => {
    let at = entry.indexOf("=");
    return `${entry.slice(0, at)}=${escapeProperty(entry.slice(at + 1))}`;
  });
  return `::${COMMAND[finding.severity]} ${property.join(",")}::${escapeData(object + finding.message)}
`;
}
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// src/rule-docs.ts
var REPOSITORY_URL = "https://github.com/mental-scribe/scribe-lint";
function docsUrl(ruleId) {
  return `${REPOSITORY_URL}/blob/main/rules/${ruleId}.md`;
}

// src/report/json.ts
var jsonReporter = ({ result, toolVersion }) => {
  let counts = countFindings(result.findings), report = {
    findings: result.findings.map(flatten),
    summary: {
      tool: { name: "scribe-lint", version: toolVersion },
      files: result.fileCount,
      statements: result.statementCount,
      errors: counts.error,
      warnings: counts.warning,
      infos: counts.info,
      suppressed: counts.suppressed,
      existing: counts.existing,
      failOn: result.failOn,
      failed: result.failed,
      schema: result.schemaMode ?? null,
      replay: result.replay ?? null,
      redis: result.redis ?? null,
      suppressions: result.suppressions.map((suppression) => ({
        file: suppression.location.file,
        line: suppression.location.line,
        rules: suppression.ruleIds,
        reason: suppression.reason
      }))
    }
  };
  return `${JSON.stringify(report, null, 2)}
`;
};
function flatten(finding) {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    ...finding.location && {
      file: finding.location.file,
      line: finding.location.line,
      column: finding.location.column,
      endLine: finding.location.endLine,
      endColumn: finding.location.endColumn
    },
    ...finding.object !== void 0 && { object: finding.object },
    ...finding.suppressed && { suppressed: !0, suppressionReason: finding.suppressed.reason },
    ...finding.isNew !== void 0 && { new: finding.isNew },
    docsUrl: docsUrl(finding.ruleId)
  };
}

// src/report/markdown.ts
var ICON = { error: "\u{1F534}", warning: "\u{1F7E1}", info: "\u{1F535}" }, markdownReporter = (input) => [headline(input), findingsTable(input.result.findings), suppressionsTable(input), schemaStatus(input)].filter((part) => part !== "").join(`

`) + `
`;
function headline({ result }) {
  let counts = countFindings(result.findings), open = counts.error + counts.warning + counts.info, scope = `${plural(result.fileCount, "migration file")}, ${plural(result.statementCount, "statement")}`;
  if (open === 0)
    return `### \u2705 scribe-lint: no findings

Checked ${scope}.${extras(counts)}`;
  let parts = [plural(counts.error, "error"), plural(counts.warning, "warning")];
  return counts.info > 0 && parts.push(`${counts.info} info`), `### ${result.failed ? "\u274C" : "\u26A0\uFE0F"} scribe-lint: ${parts.join(", ")}

Checked ${scope}.${extras(counts)}`;
}
function extras(counts) {
  let notes = [];
  return counts.suppressed > 0 && notes.push(`${counts.suppressed} suppressed with a reason`), counts.existing > 0 && notes.push(`${counts.existing} existing (outside the changed files, not failing)`), notes.length > 0 ? ` Also ${notes.join("; ")}.` : "";
}
function findingsTable(findings) {
  let shown = bySeverity(findings.filter((finding) => !finding.suppressed));
  return shown.length === 0 ? "" : ["| Severity | Rule | Location | Message |", "| --- | --- | --- | --- |", ...shown.map(
    (finding) => `| ${ICON[finding.severity]} ${finding.severity} | [\`${finding.ruleId}\`](${docsUrl(finding.ruleId)}) | ${cell(locationText(finding))} | ${cell(finding.message)}${finding.isNew === !1 ? " _(existing)_" : ""} |`
  )].join(`
`);
}
function locationText(finding) {
  if (!finding.location) return `\`${finding.object ?? ""}\``;
  let { file, line, column } = finding.location;
  return `\`${file}:${line}:${column}\``;
}
function suppressionsTable({ result }) {
  return result.suppressions.length === 0 ? "" : ["#### Suppressions", "", "| Where | Rules | Reason |", "| --- | --- | --- |", ...result.suppressions.map(
    (suppression) => `| \`${suppression.location.file}:${suppression.location.line}\` | ${suppression.ruleIds.map((id) => `\`${id}\``).join(", ")} | ${cell(suppression.reason)} |`
  )].join(`
`);
}
function schemaStatus({ result }) {
  if (result.schemaMode === "live") return `#### Schema

Checked against the live database (read-only).`;
  let replay = result.replay;
  if (!replay) return "";
  let errors = replay.errors.length, state = errors === 0 ? "complete" : `incomplete: ${plural(errors, "replay error")}, later objects may be missing`;
  return `#### Shadow replay

Replayed ${plural(replay.filesReplayed, "file")} and ${plural(replay.statementsReplayed, "statement")} into the embedded database (${state}).`;
}
function cell(text) {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

// src/report/pretty.ts
var MAX_FRAME_LINES = 6, TAB = "    ";
function paint(enabled) {
  let wrap = (open, close) => (text) => enabled ? `\x1B[${open}m${text}\x1B[${close}m` : text, colours = { error: wrap(31, 39), warning: wrap(33, 39), info: wrap(36, 39) };
  return {
    severity: (severity, text) => colours[severity](text),
    dim: wrap(2, 22),
    bold: wrap(1, 22),
    link: (url, text) => enabled ? `\x1B]8;;${url}\x1B\\${text}\x1B]8;;\x1B\\` : text
  };
}
var prettyReporter = (input) => {
  let style = paint(input.color ?? !1);
  return [...input.result.findings.filter((finding) => !finding.suppressed).map((finding) => renderFinding(finding, input, style)), summary(input, style)].join(`
`);
};
function renderFinding(finding, input, style) {
  let label = finding.isNew === !1 ? `${finding.severity} (existing)` : finding.severity, rule7 = style.link(docsUrl(finding.ruleId), finding.ruleId), lines = [`${style.bold(style.severity(finding.severity, `${label}[${rule7}]`))}${style.bold(`: ${finding.message}`)}`];
  if (finding.location) {
    let { file, line, column } = finding.location;
    lines.push(`  ${style.dim("-->")} ${file}:${line}:${column}${finding.object ? style.dim(`  (${finding.object})`) : ""}`), lines.push(...codeFrame(finding.location, input.readSource(file), finding.severity, style));
  } else finding.object && lines.push(`  ${style.dim("-->")} ${finding.object}`);
  return lines.push(`   ${style.dim("= docs:")} ${docsUrl(finding.ruleId)}`, ""), lines.join(`
`);
}
function codeFrame(location, source, severity, style) {
  if (source === void 0) return [];
  let fileLines = source.split(`
`), last = Math.min(location.endLine, fileLines.length), gutterWidth = String(last).length, gutter = (label) => style.dim(`${label.padStart(gutterWidth)} |`), frame = [gutter("")];
  for (let line = location.line; line <= last; line++) {
    let elideFrom = location.line + MAX_FRAME_LINES - 2;
    if (last - location.line + 1 > MAX_FRAME_LINES && line >= elideFrom && line < last) {
      line === elideFrom && frame.push(style.dim(`${".".repeat(gutterWidth)} |`));
      continue;
    }
    let text = (fileLines[line - 1] ?? "").replace(/\r$/, ""), from = line === location.line ? location.column - 1 : leadingSpace(text), to = line === location.endLine ? location.endColumn - 1 : text.length, start = expandTabs(text.slice(0, from)).length, width = Math.max(1, expandTabs(text.slice(from, Math.max(from, to))).length);
    frame.push(`${gutter(String(line))} ${expandTabs(text)}`), frame.push(`${gutter("")} ${" ".repeat(start)}${style.severity(severity, "^".repeat(width))}`);
  }
  return frame;
}
function leadingSpace(text) {
  return text.length - text.trimStart().length;
}
function expandTabs(text) {
  return text.replace(/\t/g, TAB);
}
function summary(input, style) {
  let { result } = input, counts = countFindings(result.findings), scope = `${plural(result.fileCount, "file")}, ${plural(result.statementCount, "statement")}`, open = counts.error + counts.warning + counts.info, lines = [];
  if (open === 0)
    lines.push(style.bold(`\u2714 no findings (${scope})`));
  else {
    let parts = [plural(counts.error, "error"), plural(counts.warning, "warning")];
    counts.info > 0 && parts.push(`${counts.info} info`);
    let mark = result.failed ? style.severity("error", "\u2716") : style.severity("warning", "!");
    lines.push(style.bold(`${mark} ${parts.join(", ")} (${scope})`));
  }
  if (counts.existing > 0 && lines.push(`  ${counts.existing} existing outside the changed files (not failing)`), result.replay) {
    let errors = result.replay.errors.length;
    lines.push(
      `  shadow: replayed ${plural(result.replay.filesReplayed, "file")}, ${plural(result.replay.statementsReplayed, "statement")}` + (errors > 0 ? `; ${plural(errors, "replay error")}, so the shadow schema is incomplete` : "")
    );
  }
  result.schemaMode === "live" && lines.push("  schema: live database, read-only"), result.redis && lines.push(`  redis: scanned ${plural(result.redis.scannedKeys, "key")}${result.redis.complete ? "" : " (budget reached, scan incomplete)"}`);
  for (let suppression of result.suppressions) {
    let where = `${suppression.location.file}:${suppression.location.line}`;
    lines.push(`  suppressed ${suppression.ruleIds.join(", ")} at ${where}: ${suppression.reason}`);
  }
  return `${lines.join(`
`)}
`;
}

// src/report/sarif.ts
import { createHash } from "node:crypto";
var LEVEL = { error: "error", warning: "warning", info: "note" }, sarifReporter = (input) => {
  let fingerprints = new Fingerprinter(input.readSource), log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "scribe-lint",
            version: input.toolVersion,
            informationUri: REPOSITORY_URL,
            rules: input.rules.map(describeRule)
          }
        },
        results: input.result.findings.map((finding) => toResult(finding, input, fingerprints))
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
};
function describeRule(rule7) {
  return {
    id: rule7.meta.id,
    name: rule7.meta.id,
    shortDescription: { text: rule7.meta.description },
    fullDescription: { text: `${rule7.meta.description} Sources: ${rule7.meta.sources.join(", ")}.` },
    helpUri: docsUrl(rule7.meta.id),
    help: { text: `See ${docsUrl(rule7.meta.id)}` },
    defaultConfiguration: { level: LEVEL[rule7.meta.defaultSeverity] }
  };
}
function toResult(finding, input, fingerprints) {
  let ruleIndex = input.rules.findIndex((rule7) => rule7.meta.id === finding.ruleId), location = {};
  if (finding.location) {
    let { file, line, column, endLine, endColumn } = finding.location;
    location.physicalLocation = {
      artifactLocation: { uri: file },
      region: { startLine: line, startColumn: column, endLine, endColumn }
    };
  }
  return finding.object && (location.logicalLocations = [{ fullyQualifiedName: finding.object }]), {
    ruleId: finding.ruleId,
    ...ruleIndex >= 0 && { ruleIndex },
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    ...Object.keys(location).length > 0 && { locations: [location] },
    partialFingerprints: { "scribeLint/v1": fingerprints.of(finding) },
    ...finding.suppressed && {
      suppressions: [{ kind: "inSource", justification: finding.suppressed.reason }]
    }
  };
}
var Fingerprinter = class {
  constructor(readSource) {
    this.readSource = readSource;
  }
  readSource;
  seen = /* @__PURE__ */ new Map();
  lineCache = /* @__PURE__ */ new Map();
  of(finding) {
    let anchor = finding.location ? this.lineText(finding.location.file, finding.location.line) : "", subject = finding.location?.file ?? finding.object ?? "", base = hash(`${finding.ruleId}\0${subject}\0${finding.object ?? ""}\0${anchor}`), occurrence = (this.seen.get(base) ?? 0) + 1;
    return this.seen.set(base, occurrence), `${base}:${occurrence}`;
  }
  lineText(file, line) {
    return this.lineCache.has(file) || this.lineCache.set(file, this.readSource(file)?.split(`
`)), (this.lineCache.get(file)?.[line - 1] ?? "").replace(/\s+/g, " ").trim();
  }
};
function hash(text) {
  return createHash("sha256").update(text).digest("hex").slice(0, 32);
}

// src/report/types.ts
var FORMATS = ["pretty", "json", "sarif", "github", "markdown"];

// src/report/index.ts
var REPORTERS = {
  pretty: prettyReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: githubReporter,
  markdown: markdownReporter
};

// package.json
var package_default = {
  name: "scribe-lint",
  version: "0.1.0",
  description: "Enforces the SPEC-2 database policy on a Supabase/PostgreSQL app: migration lint, shadow replay, live catalog audit, PHI cache guard.",
  type: "module",
  license: "MIT",
  bin: {
    "scribe-lint": "dist/cli.js"
  },
  files: [
    "dist",
    "action.yml",
    "rules/*.md"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "node build.mjs",
    typecheck: "tsc --noEmit",
    format: "prettier --write .",
    "format:check": "prettier --check .",
    test: "tsc --noEmit && prettier --check . && vitest run",
    bench: "node bench/run.mjs"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@electric-sql/pglite": "^0.5.16",
    ioredis: "^5.11.1",
    "libpg-query": "^18.1.5",
    pg: "^8.23.1",
    picomatch: "^4.0.7",
    "smol-toml": "^1.9.1",
    tinyglobby: "^0.2.17",
    typescript: "^5.9.3"
  },
  devDependencies: {
    "@types/node": "^20.19.43",
    "@types/pg": "^8.23.1",
    "@types/picomatch": "^4.0.3",
    esbuild: "^0.28.2",
    prettier: "^3.10.1",
    "squawk-cli": "^2.66.0",
    vitest: "^3.2.7"
  }
};

// src/version.ts
var TOOL_VERSION = package_default.version;

// src/cli/args.ts
import { parseArgs } from "node:util";
var OPTIONS = {
  db: { type: "string" },
  redis: { type: "string" },
  "no-shadow": { type: "boolean", default: !1 },
  since: { type: "string" },
  format: { type: "string", short: "f", default: "pretty" },
  output: { type: "string", short: "o" },
  config: { type: "string", short: "c" },
  "fail-on": { type: "string" },
  now: { type: "string" },
  debug: { type: "boolean", default: !1 },
  force: { type: "boolean", default: !1 },
  help: { type: "boolean", short: "h", default: !1 },
  version: { type: "boolean", short: "v", default: !1 }
};
function parseCliArgs(argv, env) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: !0, strict: !0 });
  } catch (error) {
    throw new UsageError(`${error.message.split(`
`)[0]} (see \`scribe-lint --help\`)`);
  }
  let { values, positionals } = parsed, [first, ...rest] = positionals, command = values.help ? "help" : values.version ? "version" : first === "init" || first === "rules" ? first : "lint", paths = command === "lint" ? positionals : rest;
  if (command !== "lint" && paths.length > 0) throw new UsageError(`\`scribe-lint ${command}\` takes no paths`);
  return {
    command,
    paths,
    db: nonEmpty("--db", values.db),
    redis: nonEmpty("--redis", values.redis),
    shadow: !values["no-shadow"],
    since: nonEmpty("--since", values.since),
    format: oneOf("--format", values.format, FORMATS),
    output: nonEmpty("--output", values.output),
    config: nonEmpty("--config", values.config),
    failOn: values["fail-on"] === void 0 ? void 0 : oneOf("--fail-on", values["fail-on"], FAIL_ON_VALUES),
    now: parseNow(values.now ?? env.SCRIBE_LINT_NOW, values.now !== void 0 ? "--now" : "SCRIBE_LINT_NOW"),
    debug: values.debug,
    force: values.force
  };
}
function nonEmpty(flag, value) {
  if (value !== void 0) {
    if (value.trim() === "") throw new UsageError(`${flag} needs a value`);
    return value;
  }
}
function oneOf(flag, value, allowed) {
  if (!allowed.includes(value))
    throw new UsageError(`${flag} must be one of ${allowed.join(", ")}; got "${value}"`);
  return value;
}
function parseNow(value, source) {
  if (value === void 0 || value === "") return;
  let iso = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value, date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new UsageError(`${source} must be a date like 2026-01-15; got "${value}"`);
  return date;
}
var HELP = `scribe-lint: enforce the SPEC-2 database policy on a Supabase/PostgreSQL app

Usage:
  scribe-lint [paths...] [options]   lint migration files or folders (default: the config's
                                     \`migrations\`, else supabase/migrations)
  scribe-lint init [--force]         write a commented scribe-lint.toml with the spec defaults
  scribe-lint rules                  list the rules with their severity and description

Options:
  --db <url>              check a live database, read-only (DATABASE_URL is not read implicitly)
  --redis <url>           audit a live Redis keyspace (SCAN, TYPE, TTL only)
  --no-shadow             skip the embedded replay of the migrations
  --since <git-ref>       only findings in files changed since <git-ref> can fail the run
  -f, --format <name>     pretty | json | sarif | github | markdown (default pretty)
  -o, --output <file>     write the report to a file instead of stdout
  -c, --config <file>     config file (default ./scribe-lint.toml when present)
  --fail-on <severity>    error | warning | info | never (default from config, else error)
  --now <date>            the clock for date rules (also SCRIBE_LINT_NOW)
  --debug                 print stack traces of internal errors
  -h, --help              show this help
  -v, --version           print the version

Exit codes: 0 clean, 1 findings at or above fail-on, 2 usage, config, file or connection error.
`;

// src/cli/init.ts
import { existsSync, writeFileSync } from "node:fs";
import path3 from "node:path";
function configTemplate(rules) {
  return `# scribe-lint configuration. Every key is optional; the values shown are the defaults from SPEC-2.

# Folder of migration files, applied by the runner in lexical order.
migrations = "supabase/migrations"

# How migrations are applied, which decides where CONCURRENTLY may stand:
#   "supabase"    the Supabase CLI sends each file as one implicit transaction
#   "psql"        each statement autocommits unless wrapped in BEGIN ... COMMIT
#   "transaction" every file runs inside one transaction
runner = "supabase"

# Schemas exposed through the Data API: every table in them needs row level security.
exposed_schemas = ["public"]

# The lowest severity that fails the run: "error", "warning", "info" or "never".
fail_on = "error"

[audit]
# Append-only audit tables: immutable under RLS, partitioned by month.
tables = ["audit_logs"]
# The column the audit tables are range-partitioned on.
partition_key = "created_at"
# Months of partitions that must exist after the current one.
runway_months = 3

[phi]
# Tables holding PHI: never cached.
tables = ["messages", "structured_notes", "conversations", "part2_consents"]
# Key prefixes that may be cached (each needs a TTL).
cache_allow = ["programs", "clients", "user_roles"]
# App and edge-function sources checked for cache writes.
source = ["src/**/*.{ts,tsx,js,mjs}", "supabase/functions/**/*.ts"]
# Modules whose clients are Redis-like.
clients = ["ioredis", "redis", "@redis/client", "@upstash/redis", "@vercel/kv"]
# Names of the app's own cache wrappers, whose set-like methods count as cache writes.
wrappers = ["cache"]

[rules]
# Per-rule severity: "error", "warning", "info" or "off". Uncomment to change.
${rules.map((rule7) => `# ${rule7.meta.id} = "${rule7.meta.defaultSeverity}"`).join(`
`)}
`;
}
function writeConfigTemplate(cwd, rules, force) {
  let file = path3.join(cwd, "scribe-lint.toml");
  if (existsSync(file) && !force) throw new UsageError("scribe-lint.toml already exists (use --force to overwrite)");
  try {
    writeFileSync(file, configTemplate(rules));
  } catch (error) {
    throw new UsageError(`cannot write scribe-lint.toml: ${error.code ?? error.message}`);
  }
  return file;
}

// src/cli/since.ts
import { execFileSync } from "node:child_process";
function changedFilesSince(ref, cwd) {
  let changed = git(["diff", "--name-only", "--relative", "-z", ref, "--"], cwd, ref), untracked = git(["ls-files", "--others", "--exclude-standard", "-z"], cwd, ref);
  return /* @__PURE__ */ new Set([...changed, ...untracked]);
}
function git(args, cwd, ref) {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 67108864 }).split("\0").filter((name) => name !== "");
  } catch (error) {
    let stderr = String(error.stderr ?? "").trim().split(`
`)[0];
    throw new UsageError(`--since ${ref}: git could not list changed files${stderr ? `: ${stderr}` : ""}`);
  }
}

// src/cli/main.ts
async function runCli(argv, io) {
  let debug = argv.includes("--debug");
  try {
    let args = parseCliArgs(argv, io.env);
    return debug = args.debug, await runCommand(args, io);
  } catch (error) {
    if (error instanceof UsageError)
      io.stderr.write(`scribe-lint: ${error.message}
`);
    else {
      let detail = debug ? `
${error.stack}` : " (run with --debug for details)";
      io.stderr.write(`scribe-lint: internal error: ${error.message}${detail}
`);
    }
    return 2;
  }
}
async function runCommand(args, io) {
  switch (args.command) {
    case "help":
      return io.stdout.write(HELP), 0;
    case "version":
      return io.stdout.write(`${TOOL_VERSION}
`), 0;
    case "init": {
      let file = writeConfigTemplate(io.cwd, allRules, args.force);
      return io.stdout.write(`wrote ${path4.relative(io.cwd, file)}
`), 0;
    }
    case "rules":
      return io.stdout.write(listRules(loadCliConfig(args, io))), 0;
    case "lint":
      return lintCommand(args, io);
  }
}
function loadCliConfig(args, io) {
  let config = loadConfig({ file: args.config, cwd: io.cwd, knownRuleIds: allRules.map((rule7) => rule7.meta.id) });
  return args.failOn && (config.failOn = args.failOn), config;
}
async function lintCommand(args, io) {
  let config = loadCliConfig(args, io), result = await lint({
    cwd: io.cwd,
    config,
    rules: allRules,
    paths: args.paths,
    shadow: args.shadow,
    databaseUrl: args.db,
    redisUrl: args.redis,
    now: args.now ?? /* @__PURE__ */ new Date(),
    changedFiles: args.since ? changedFilesSince(args.since, io.cwd) : void 0
  });
  return writeReport(render(result, args.format, io, args.output === void 0), args.output, io), result.failed ? 1 : 0;
}
function render(result, format, io, toTerminal) {
  return REPORTERS[format]({
    result,
    rules: allRules,
    readSource: sourceReader(io.cwd),
    color: toTerminal && wantsColor(io),
    toolVersion: TOOL_VERSION
  });
}
function writeReport(text, output, io) {
  if (output === void 0) {
    io.stdout.write(text);
    return;
  }
  try {
    writeFileSync2(path4.resolve(io.cwd, output), text);
  } catch (error) {
    throw new UsageError(`cannot write ${output}: ${error.code ?? error.message}`);
  }
}
function wantsColor(io) {
  let force = io.env.FORCE_COLOR;
  return force !== void 0 ? force !== "0" && force !== "false" : io.stdout.isTTY === !0 && io.env.NO_COLOR === void 0 && io.env.TERM !== "dumb";
}
function sourceReader(cwd) {
  let cache = /* @__PURE__ */ new Map();
  return (displayPath) => {
    if (!cache.has(displayPath))
      try {
        cache.set(displayPath, readFileSync3(path4.resolve(cwd, displayPath), "utf8").replace(/^\uFEFF/, ""));
      } catch {
        cache.set(displayPath, void 0);
      }
    return cache.get(displayPath);
  };
}
function listRules(config) {
  let rows = allRules.map((rule7) => {
    let severity = config.rules[rule7.meta.id] ?? rule7.meta.defaultSeverity;
    return { id: rule7.meta.id, severity, sources: rule7.meta.sources.join(", "), description: rule7.meta.description };
  }), idWidth = Math.max(...rows.map((row) => row.id.length));
  return `${rows.map(
    (row) => `${row.id.padEnd(idWidth)}  ${row.severity.padEnd(7)}  ${row.description}
${" ".repeat(idWidth + 11)}sources: ${row.sources}; ${docsUrl(row.id)}`
  ).join(`
`)}
`;
}

// src/cli.ts
process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr
});
