import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);
import {
  LineIndex,
  codePointOffsetToByte,
  utf8Length
} from "./chunk-3A7T3MXJ.js";
import {
  UsageError
} from "./chunk-KMD5P3L4.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-A56RWH2U.js";

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
        function locateFile(path2) {
          return Module.locateFile ? Module.locateFile(path2, scriptDirectory) : scriptDirectory + path2;
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
        }, PATH = { isAbs: (path2) => path2.charAt(0) === "/", splitPath: (filename) => {
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
        }, normalize: (path2) => {
          var isAbsolute = PATH.isAbs(path2), trailingSlash = path2.slice(-1) === "/";
          return path2 = PATH.normalizeArray(path2.split("/").filter((p) => !!p), !isAbsolute).join("/"), !path2 && !isAbsolute && (path2 = "."), path2 && trailingSlash && (path2 += "/"), (isAbsolute ? "/" : "") + path2;
        }, dirname: (path2) => {
          var result = PATH.splitPath(path2), root = result[0], dir = result[1];
          return !root && !dir ? "." : (dir && (dir = dir.slice(0, -1)), root + dir);
        }, basename: (path2) => path2 && path2.match(/([^\/]+|\/)\/*$/)[1], join: (...paths) => PATH.normalize(paths.join("/")), join2: (l, r) => PATH.normalize(l + "/" + r) }, initRandomFill = () => {
          if (ENVIRONMENT_IS_NODE) {
            var nodeCrypto = __require("node:crypto");
            return (view) => (nodeCrypto.randomFillSync(view), 0);
          }
          return (view) => (crypto.getRandomValues(view), 0);
        }, randomFill = (view) => (randomFill = initRandomFill())(view), PATH_FS = { resolve: (...args) => {
          for (var resolvedPath = "", resolvedAbsolute = !1, i = args.length - 1; i >= -1 && !resolvedAbsolute; i--) {
            var path2 = i >= 0 ? args[i] : FS.cwd();
            if (typeof path2 != "string")
              throw new TypeError("Arguments to path.resolve must be strings");
            if (!path2)
              return "";
            resolvedPath = path2 + "/" + resolvedPath, resolvedAbsolute = PATH.isAbs(path2);
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
        }, lookupPath(path2, opts = {}) {
          if (!path2)
            throw new FS.ErrnoError(44);
          opts.follow_mount ??= !0, PATH.isAbs(path2) || (path2 = FS.cwd() + "/" + path2);
          linkloop: for (var nlinks = 0; nlinks < 40; nlinks++) {
            for (var parts = path2.split("/").filter((p) => !!p), current = FS.root, current_path = "/", i = 0; i < parts.length; i++) {
              var islast = i === parts.length - 1;
              if (islast && opts.parent)
                break;
              if (parts[i] !== ".") {
                if (parts[i] === "..") {
                  if (current_path = PATH.dirname(current_path), FS.isRoot(current)) {
                    path2 = current_path + "/" + parts.slice(i + 1).join("/"), nlinks--;
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
                  PATH.isAbs(link) || (link = PATH.dirname(current_path) + "/" + link), path2 = link + "/" + parts.slice(i + 1).join("/");
                  continue linkloop;
                }
              }
            }
            return { path: current_path, node: current };
          }
          throw new FS.ErrnoError(32);
        }, getPath(node) {
          for (var path2; ; ) {
            if (FS.isRoot(node)) {
              var mount = node.mount.mountpoint;
              return path2 ? mount[mount.length - 1] !== "/" ? `${mount}/${path2}` : mount + path2 : mount;
            }
            path2 = path2 ? `${node.name}/${path2}` : node.name, node = node.parent;
          }
        }, hashName(parentid, name) {
          for (var hash = 0, i = 0; i < name.length; i++)
            hash = (hash << 5) - hash + name.charCodeAt(i) | 0;
          return (parentid + hash >>> 0) % FS.nameTable.length;
        }, hashAddNode(node) {
          var hash = FS.hashName(node.parent.id, node.name);
          node.name_next = FS.nameTable[hash], FS.nameTable[hash] = node;
        }, hashRemoveNode(node) {
          var hash = FS.hashName(node.parent.id, node.name);
          if (FS.nameTable[hash] === node)
            FS.nameTable[hash] = node.name_next;
          else
            for (var current = FS.nameTable[hash]; current; ) {
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
          for (var hash = FS.hashName(parent.id, name), node = FS.nameTable[hash]; node; node = node.name_next) {
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
          for (var [hash, current] of Object.entries(FS.nameTable))
            for (; current; ) {
              var next = current.name_next;
              mounts.includes(current.mount) && FS.destroyNode(current), current = next;
            }
          node.mounted = null;
          var idx = node.mount.mounts.indexOf(mount);
          node.mount.mounts.splice(idx, 1);
        }, lookup(parent, name) {
          return parent.node_ops.lookup(parent, name);
        }, mknod(path2, mode, dev) {
          var lookup = FS.lookupPath(path2, { parent: !0 }), parent = lookup.node, name = PATH.basename(path2);
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
        }, statfs(path2) {
          return FS.statfsNode(FS.lookupPath(path2, { follow: !0 }).node);
        }, statfsStream(stream) {
          return FS.statfsNode(stream.node);
        }, statfsNode(node) {
          var rtn = { bsize: 4096, frsize: 4096, blocks: 1e6, bfree: 5e5, bavail: 5e5, files: FS.nextInode, ffree: FS.nextInode - 1, fsid: 42, flags: 2, namelen: 255 };
          return node.node_ops.statfs && Object.assign(rtn, node.node_ops.statfs(node.mount.opts.root)), rtn;
        }, create(path2, mode = 438) {
          return mode &= 4095, mode |= 32768, FS.mknod(path2, mode, 0);
        }, mkdir(path2, mode = 511) {
          return mode &= 1023, mode |= 16384, FS.mknod(path2, mode, 0);
        }, mkdirTree(path2, mode) {
          var dirs = path2.split("/"), d = "";
          for (var dir of dirs)
            if (dir) {
              (d || PATH.isAbs(path2)) && (d += "/"), d += dir;
              try {
                FS.mkdir(d, mode);
              } catch (e) {
                if (e.errno != 20) throw e;
              }
            }
        }, mkdev(path2, mode, dev) {
          return typeof dev > "u" && (dev = mode, mode = 438), mode |= 8192, FS.mknod(path2, mode, dev);
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
        }, rmdir(path2) {
          var lookup = FS.lookupPath(path2, { parent: !0 }), parent = lookup.node, name = PATH.basename(path2), node = FS.lookupNode(parent, name), errCode = FS.mayDelete(parent, name, !0);
          if (errCode)
            throw new FS.ErrnoError(errCode);
          if (!parent.node_ops.rmdir)
            throw new FS.ErrnoError(63);
          if (FS.isMountpoint(node))
            throw new FS.ErrnoError(10);
          parent.node_ops.rmdir(parent, name), FS.destroyNode(node);
        }, readdir(path2) {
          var lookup = FS.lookupPath(path2, { follow: !0 }), node = lookup.node, readdir = FS.checkOpExists(node.node_ops.readdir, 54);
          return readdir(node);
        }, unlink(path2) {
          var lookup = FS.lookupPath(path2, { parent: !0 }), parent = lookup.node;
          if (!parent)
            throw new FS.ErrnoError(44);
          var name = PATH.basename(path2), node = FS.lookupNode(parent, name), errCode = FS.mayDelete(parent, name, !1);
          if (errCode)
            throw new FS.ErrnoError(errCode);
          if (!parent.node_ops.unlink)
            throw new FS.ErrnoError(63);
          if (FS.isMountpoint(node))
            throw new FS.ErrnoError(10);
          parent.node_ops.unlink(parent, name), FS.destroyNode(node);
        }, readlink(path2) {
          var lookup = FS.lookupPath(path2), link = lookup.node;
          if (!link)
            throw new FS.ErrnoError(44);
          if (!link.node_ops.readlink)
            throw new FS.ErrnoError(28);
          return link.node_ops.readlink(link);
        }, stat(path2, dontFollow) {
          var lookup = FS.lookupPath(path2, { follow: !dontFollow }), node = lookup.node, getattr = FS.checkOpExists(node.node_ops.getattr, 63);
          return getattr(node);
        }, fstat(fd) {
          var stream = FS.getStreamChecked(fd), node = stream.node, getattr = stream.stream_ops.getattr, arg = getattr ? stream : node;
          return getattr ??= node.node_ops.getattr, FS.checkOpExists(getattr, 63), getattr(arg);
        }, lstat(path2) {
          return FS.stat(path2, !0);
        }, doChmod(stream, node, mode, dontFollow) {
          FS.doSetAttr(stream, node, { mode: mode & 4095 | node.mode & -4096, ctime: Date.now(), dontFollow });
        }, chmod(path2, mode, dontFollow) {
          var node;
          if (typeof path2 == "string") {
            var lookup = FS.lookupPath(path2, { follow: !dontFollow });
            node = lookup.node;
          } else
            node = path2;
          FS.doChmod(null, node, mode, dontFollow);
        }, lchmod(path2, mode) {
          FS.chmod(path2, mode, !0);
        }, fchmod(fd, mode) {
          var stream = FS.getStreamChecked(fd);
          FS.doChmod(stream, stream.node, mode, !1);
        }, doChown(stream, node, dontFollow) {
          FS.doSetAttr(stream, node, { timestamp: Date.now(), dontFollow });
        }, chown(path2, uid, gid, dontFollow) {
          var node;
          if (typeof path2 == "string") {
            var lookup = FS.lookupPath(path2, { follow: !dontFollow });
            node = lookup.node;
          } else
            node = path2;
          FS.doChown(null, node, dontFollow);
        }, lchown(path2, uid, gid) {
          FS.chown(path2, uid, gid, !0);
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
        }, truncate(path2, len) {
          if (len < 0)
            throw new FS.ErrnoError(28);
          var node;
          if (typeof path2 == "string") {
            var lookup = FS.lookupPath(path2, { follow: !0 });
            node = lookup.node;
          } else
            node = path2;
          FS.doTruncate(null, node, len);
        }, ftruncate(fd, len) {
          var stream = FS.getStreamChecked(fd);
          if (len < 0 || (stream.flags & 2097155) === 0)
            throw new FS.ErrnoError(28);
          FS.doTruncate(stream, stream.node, len);
        }, utime(path2, atime, mtime, dontFollow) {
          var lookup = FS.lookupPath(path2, { follow: !dontFollow });
          FS.doSetAttr(null, lookup.node, { atime, mtime, dontFollow });
        }, open(path2, flags, mode = 438) {
          if (path2 === "")
            throw new FS.ErrnoError(44);
          flags = FS_modeStringToFlags(flags), flags & 64 ? mode = mode & 4095 | 32768 : mode = 0;
          var node, isDirPath;
          if (typeof path2 == "object")
            node = path2;
          else {
            isDirPath = path2.endsWith("/");
            var lookup = FS.lookupPath(path2, { follow: !(flags & 131072), noent_okay: !0 });
            node = lookup.node, path2 = lookup.path;
          }
          var created = !1;
          if (flags & 64)
            if (node) {
              if (flags & 128)
                throw new FS.ErrnoError(20);
            } else {
              if (isDirPath)
                throw new FS.ErrnoError(31);
              node = FS.mknod(path2, mode | 511, 0), created = !0;
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
        }, readFile(path2, opts = {}) {
          opts.flags = opts.flags ?? 0, opts.encoding = opts.encoding ?? "binary", opts.encoding !== "utf8" && opts.encoding !== "binary" && abort(`Invalid encoding type "${opts.encoding}"`);
          var stream = FS.open(path2, opts.flags), stat = FS.stat(path2), length = stat.size, buf = new Uint8Array(length);
          return FS.read(stream, buf, 0, length, 0), opts.encoding === "utf8" && (buf = UTF8ArrayToString(buf)), FS.close(stream), buf;
        }, writeFile(path2, data, opts = {}) {
          opts.flags = opts.flags ?? 577;
          var stream = FS.open(path2, opts.flags, opts.mode);
          data = FS_fileDataToTypedArray(data), FS.write(stream, data, 0, data.byteLength, void 0, opts.canOwn), FS.close(stream);
        }, cwd: () => FS.currentPath, chdir(path2) {
          var lookup = FS.lookupPath(path2, { follow: !0 });
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
        }, findObject(path2, dontResolveLastLink) {
          var ret = FS.analyzePath(path2, dontResolveLastLink);
          return ret.exists ? ret.object : null;
        }, analyzePath(path2, dontResolveLastLink) {
          try {
            var lookup = FS.lookupPath(path2, { follow: !dontResolveLastLink });
            path2 = lookup.path;
          } catch {
          }
          var ret = { isRoot: !1, exists: !1, error: 0, name: null, path: null, object: null, parentExists: !1, parentPath: null, parentObject: null };
          try {
            var lookup = FS.lookupPath(path2, { parent: !0 });
            ret.parentExists = !0, ret.parentPath = lookup.path, ret.parentObject = lookup.node, ret.name = PATH.basename(path2), lookup = FS.lookupPath(path2, { follow: !dontResolveLastLink }), ret.exists = !0, ret.path = lookup.path, ret.object = lookup.node, ret.name = lookup.node.name, ret.isRoot = lookup.path === "/";
          } catch (e) {
            ret.error = e.errno;
          }
          return ret;
        }, createPath(parent, path2, canRead, canWrite) {
          parent = typeof parent == "string" ? parent : FS.getPath(parent);
          for (var parts = path2.split("/").reverse(); parts.length; ) {
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
          var path2 = PATH.join2(typeof parent == "string" ? parent : FS.getPath(parent), name), mode = FS_getMode(canRead, canWrite);
          return FS.create(path2, mode);
        }, createDataFile(parent, name, data, canRead, canWrite, canOwn) {
          var path2 = name;
          parent && (parent = typeof parent == "string" ? parent : FS.getPath(parent), path2 = name ? PATH.join2(parent, name) : parent);
          var mode = FS_getMode(canRead, canWrite), node = FS.create(path2, mode);
          if (data) {
            data = FS_fileDataToTypedArray(data), FS.chmod(node, mode | 146);
            var stream = FS.open(node, 577);
            FS.write(stream, data, 0, data.length, 0, canOwn), FS.close(stream), FS.chmod(node, mode);
          }
        }, createDevice(parent, name, input, output) {
          var path2 = PATH.join2(typeof parent == "string" ? parent : FS.getPath(parent), name), mode = FS_getMode(!!input, !!output);
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
          } }), FS.mkdev(path2, mode, dev);
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
        } }, SYSCALLS = { currentUmask: 18, calculateAt(dirfd, path2, allowEmpty) {
          if (PATH.isAbs(path2))
            return path2;
          var dir;
          if (dirfd === -100)
            dir = FS.cwd();
          else {
            var dirstream = SYSCALLS.getStreamFromFD(dirfd);
            dir = dirstream.path;
          }
          if (path2.length == 0) {
            if (!allowEmpty)
              throw new FS.ErrnoError(44);
            return dir;
          }
          return dir + "/" + path2;
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
    exports.scanSync = scanSync4;
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
    function scanSync4(query) {
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

// src/parse/kept-trees.ts
var import_libpg_query = __toESM(require_libpg_query(), 1), wasm, loading;
function loadKeptTreesParser() {
  return loading ??= (0, import_libpg_query.default)().then((module) => {
    wasm = module;
  }), loading;
}
var STATEMENT_START = Buffer.from('{"stmt":{"'), QUOTE = 34, BACKSLASH = 92, COMMA = 44, COLON = 58, OPEN_BRACE = 123, CLOSE_BRACE = 125, OPEN_BRACKET = 91, CLOSE_BRACKET = 93, encoder = new TextEncoder();
function parseKeepingTrees(text, needs) {
  let module = wasm;
  if (!module) return;
  let byteLength = Buffer.byteLength(text, "utf8"), input = module._malloc(byteLength + 1), result = 0;
  try {
    encoder.encodeInto(text, module.HEAPU8.subarray(input, input + byteLength)), module.HEAPU8[input + byteLength] = 0, result = module._wasm_parse_query_raw(input);
    let json = resultJson(module, result);
    return json && statementsIn(json, needs, byteLength);
  } catch {
    return;
  } finally {
    module._free(input), result && module._wasm_free_parse_result(result);
  }
}
function resultJson(module, result) {
  if (!result) return;
  let heap = module.HEAPU8, fields = new DataView(heap.buffer), tree = fields.getUint32(result, !0);
  if (fields.getUint32(result + 8, !0) || !tree) return;
  let rest = Buffer.from(heap.buffer, tree, heap.length - tree);
  return rest.subarray(0, rest.indexOf(0));
}
function statementsIn(json, needs, byteLength) {
  let starts = [];
  for (let at = json.indexOf(STATEMENT_START); at !== -1; at = json.indexOf(STATEMENT_START, at + 1))
    starts.push(at);
  return starts.map((start, index) => {
    let end = index + 1 < starts.length ? starts[index + 1] - 1 : json.length - 2, kindStart = start + STATEMENT_START.length, kind = nodeTypeAt(json, kindStart), omitted = needs.get(kind), body = kindStart + kind.length + 2, raw = omitted ? JSON.parse(decodeWithout(json, start, end, body, omitted)) : rangeOnly(json, end), statementStart = raw.stmt_location ?? 0;
    return {
      index,
      node: raw.stmt,
      nodeOffset: 0,
      start: statementStart,
      end: raw.stmt_len ? statementStart + raw.stmt_len : byteLength
    };
  });
}
var nodeTypeNames = /* @__PURE__ */ new Map();
function nodeTypeAt(json, start) {
  let hash = 2166136261, end = start;
  for (; json[end] !== QUOTE; end++) {
    if (end >= json.length) throw new Error("unexpected parser JSON");
    hash = Math.imul(hash ^ json[end], 16777619);
  }
  let known = nodeTypeNames.get(hash);
  if (known !== void 0 && spells(json, start, end, known)) return known;
  let name = json.toString("latin1", start, end);
  return nodeTypeNames.set(hash, name), name;
}
function spells(json, start, end, name) {
  if (end - start !== name.length) return !1;
  for (let at = start; at < end; at++) if (json[at] !== name.charCodeAt(at - start)) return !1;
  return !0;
}
var LOCATION_KEY = Buffer.from(',"stmt_location":'), LENGTH_KEY = Buffer.from(',"stmt_len":');
function rangeOnly(json, end) {
  let raw = {}, at = end - 1;
  for (; ; ) {
    let digits = at;
    for (; isDigit(json[digits - 1]); ) digits--;
    if (digits === at) return raw;
    let value = 0;
    for (let digit = digits; digit < at; digit++) value = value * 10 + json[digit] - 48;
    if (follows(json, digits, LENGTH_KEY))
      raw.stmt_len = value, at = digits - LENGTH_KEY.length;
    else if (follows(json, digits, LOCATION_KEY))
      raw.stmt_location = value, at = digits - LOCATION_KEY.length;
    else
      return raw;
  }
}
function isDigit(byte) {
  return byte >= 48 && byte <= 57;
}
function follows(json, at, key) {
  return at >= key.length && json.compare(key, 0, key.length, at - key.length, at) === 0;
}
function decodeWithout(json, start, end, body, omitted) {
  if (omitted.length === 0) return json.toString("utf8", start, end);
  let text = "", copyFrom = start, at = body + 1;
  for (; json[at] !== CLOSE_BRACE; ) {
    if (at >= end) throw new Error("unexpected parser JSON");
    let leadingComma = json[at] === COMMA, field = leadingComma ? at + 1 : at, keyEnd = json.indexOf(QUOTE, field + 1);
    if (json[keyEnd + 1] !== COLON) throw new Error("unexpected parser JSON");
    let valueEnd = endOfValue(json, keyEnd + 2);
    if (omitted.includes(json.toString("latin1", field + 1, keyEnd))) {
      let cutEnd = leadingComma || json[valueEnd] !== COMMA ? valueEnd : valueEnd + 1;
      text += json.toString("utf8", copyFrom, at), copyFrom = cutEnd, at = cutEnd;
    } else
      at = valueEnd;
  }
  return text + json.toString("utf8", copyFrom, end);
}
function endOfValue(json, at) {
  let first = json[at];
  if (first === QUOTE) return endOfString(json, at);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    let end = at;
    for (; end < json.length && json[end] !== COMMA && json[end] !== CLOSE_BRACE && json[end] !== CLOSE_BRACKET; )
      end++;
    return end;
  }
  let depth = 0;
  for (let position = at; position < json.length; position++) {
    let byte = json[position];
    if (byte === QUOTE) position = endOfString(json, position) - 1;
    else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth++;
    else if ((byte === CLOSE_BRACE || byte === CLOSE_BRACKET) && --depth === 0) return position + 1;
  }
  throw new Error("unterminated value in parser JSON");
}
function endOfString(json, at) {
  let quote = json.indexOf(QUOTE, at + 1);
  for (; quote !== -1 && isEscaped(json, quote); ) quote = json.indexOf(QUOTE, quote + 1);
  if (quote === -1) throw new Error("unterminated string in parser JSON");
  return quote + 1;
}
function isEscaped(json, quote) {
  let backslashes = 0;
  for (; json[quote - 1 - backslashes] === BACKSLASH; ) backslashes++;
  return backslashes % 2 === 1;
}

// src/parse/parse-file.ts
var import_libpg_query3 = __toESM(require_wasm(), 1);

// src/parse/copy-data.ts
var import_libpg_query2 = __toESM(require_wasm(), 1);
function mayHoldCopyData(text) {
  return /stdin/i.test(text);
}
var FROM_STDIN = /\bfrom\s+p?stdin\b/gi, MAX_OPTION_LINES = 20;
function findCopyBlocks(bytes) {
  let blocks = [], view = bytes.toString("latin1"), segmentStart = 0;
  FROM_STDIN.lastIndex = 0;
  for (let match = FROM_STDIN.exec(view); match; match = FROM_STDIN.exec(view)) {
    let block = blockAt(bytes, view, segmentStart, match.index, match.index + match[0].length);
    block && (blocks.push(block), segmentStart = block.dataEnd, FROM_STDIN.lastIndex = block.dataEnd);
  }
  return blocks;
}
function blockAt(bytes, view, segmentStart, matchStart, matchEnd) {
  let lineStart = view.lastIndexOf(`
`, matchStart - 1) + 1;
  return lineStart >= segmentStart && /^[ \t]*\\copy\b/i.test(view.slice(lineStart, matchStart)) ? psqlCopyBlock(bytes, view, segmentStart, lineStart) : sqlCopyBlock(bytes, view, segmentStart, matchStart, matchEnd);
}
function psqlCopyBlock(bytes, view, segmentStart, lineStart) {
  if (!tokensOf(bytes, segmentStart, lineStart)) return;
  let commandStart = lineStart + (/^[ \t]*/.exec(view.slice(lineStart))?.[0].length ?? 0), lineEnd = endOfLine(view, lineStart);
  return withData(view, commandStart, trimCarriageReturn(view, lineEnd), lineEnd, !0);
}
function sqlCopyBlock(bytes, view, segmentStart, matchStart, matchEnd) {
  let tokens = tokensOf(bytes, segmentStart, matchEnd), last = tokens?.at(-1);
  if (!tokens || last?.text.toLowerCase().endsWith("stdin") !== !0 || segmentStart + last.end !== matchEnd) return;
  let first = firstTokenOfStatement(tokens, view, segmentStart);
  if (first?.text.toLowerCase() !== "copy") return;
  let semicolon = terminatorAfter(bytes, view, matchEnd);
  if (semicolon !== void 0)
    return withData(view, segmentStart + first.start, semicolon, endOfLine(view, semicolon), !1);
}
function withData(view, commandStart, commandEnd, commandLineEnd, psqlCommand) {
  let dataStart = Math.min(commandLineEnd + 1, view.length), rowEnd = dataStart, dataEnd = view.length;
  for (let at = dataStart; at < view.length; ) {
    let end = endOfLine(view, at);
    if (view.slice(at, trimCarriageReturn(view, end)) === "\\.") {
      rowEnd = at, dataEnd = Math.min(end + 1, view.length);
      break;
    }
    at = end + 1, rowEnd = view.length;
  }
  let firstRowLine = lineOf(view, dataStart), rows = view.slice(dataStart, rowEnd).replace(/\r?\n$/, ""), lastRowLine = rows === "" ? firstRowLine - 1 : firstRowLine + countNewlines(rows);
  return { commandStart, commandEnd, dataStart, dataEnd, firstRowLine, lastRowLine, psqlCommand };
}
function tokensOf(bytes, from, to) {
  if (from >= to) return [];
  try {
    return (0, import_libpg_query2.scanSync)(bytes.toString("utf8", from, to)).tokens;
  } catch {
    return;
  }
}
var COMMENTS = /* @__PURE__ */ new Set(["SQL_COMMENT", "C_COMMENT"]);
function firstTokenOfStatement(tokens, view, segmentStart) {
  let first;
  for (let i = tokens.length - 1; i >= 0; i--) {
    let token = tokens[i];
    if (token.text === ";") break;
    if (token.text === "\\") {
      let metaLineEnd = endOfLine(view, segmentStart + token.start) - segmentStart;
      return tokens.slice(i + 1).find((after) => after.start >= metaLineEnd && !COMMENTS.has(after.tokenName));
    }
    COMMENTS.has(token.tokenName) || (first = token);
  }
  return first;
}
function terminatorAfter(bytes, view, from) {
  let lineEnd = endOfLine(view, from);
  for (let line = 0; line < MAX_OPTION_LINES; line++) {
    let tokens = tokensOf(bytes, from, lineEnd), depth = 0;
    for (let token of tokens ?? [])
      if (token.text === "(") depth++;
      else if (token.text === ")") depth--;
      else if (token.text === ";" && depth === 0) return from + token.end;
    if (lineEnd >= view.length) return;
    lineEnd = endOfLine(view, lineEnd + 1);
  }
}
function endOfLine(view, from) {
  let newline = view.indexOf(`
`, from);
  return newline === -1 ? view.length : newline;
}
function trimCarriageReturn(view, lineEnd) {
  return view[lineEnd - 1] === "\r" ? lineEnd - 1 : lineEnd;
}
function lineOf(view, offset) {
  return countNewlines(view.slice(0, offset)) + 1;
}
function countNewlines(text) {
  let count = 0;
  for (let at = text.indexOf(`
`); at !== -1; at = text.indexOf(`
`, at + 1)) count++;
  return count;
}
function copyBlockProblem(block) {
  let rows = block.lastRowLine - block.firstRowLine + 1, where = rows <= 0 ? "no data rows" : rows === 1 ? `1 data row (line ${block.firstRowLine})` : `${rows} data rows (lines ${block.firstRowLine}\u2013${block.lastRowLine})`, command = block.psqlCommand ? "`\\copy \u2026 from stdin`" : "`COPY \u2026 FROM stdin`";
  return {
    message: `${block.psqlCommand ? `psql meta-command ${command} is not SQL, and neither are its ${where}` : `${command} reads its rows from the client, and only psql sends the ${where} that follow`}: a runner other than psql sends the file's text to the server, which rejects it; load the rows with INSERT statements`,
    offset: block.commandStart,
    underPsql: `${command} with ${where}: psql streams them to the server; scribe-lint does not lint or replay the command or its rows`
  };
}

// src/parse/parse-file.ts
var loaded;
function loadParser() {
  return loaded ??= (0, import_libpg_query3.loadModule)(), loaded;
}
var WINDOW_BYTES = 4 << 20;
function parseStatements(text, treesFor) {
  if (mayHoldCopyData(text)) {
    let bytes = Buffer.from(text, "utf8"), blocks = findCopyBlocks(bytes);
    if (blocks.length > 0) return parseAroundCopyData(bytes, blocks, treesFor);
  }
  return parseSql(text, treesFor);
}
function parseSql(text, treesFor) {
  let byteLength = utf8Length(text), small = byteLength <= WINDOW_BYTES, kept = small && treesFor ? parseKeepingTrees(text, treesFor) : void 0;
  if (kept) return kept;
  let statements = small ? parseWhole(text, byteLength) : parseInWindows(Buffer.from(text, "utf8"));
  if (treesFor)
    for (let statement of statements) isWanted(statement, treesFor) || (statement.node = void 0);
  return statements;
}
function isWanted(statement, treesFor) {
  for (let kind in statement.node) return treesFor.has(kind);
  return !1;
}
function parseWhole(text, byteLength) {
  if (!/\S/.test(text)) return [];
  try {
    return fromParseResult((0, import_libpg_query3.parseSync)(text).stmts ?? [], 0, byteLength);
  } catch (error) {
    return parsePieceByPiece(text, toParserError(error));
  }
}
function parseInWindows(bytes) {
  let statements = [], position = 0;
  for (; position < bytes.length; ) {
    let window2 = quickWindow(bytes, position) ?? scannedWindow(bytes, position);
    for (let statement of window2.statements)
      statements.push(shifted(statement, position, statements.length));
    position = window2.end;
  }
  return statements;
}
function quickWindow(bytes, start) {
  if (bytes.length - start <= WINDOW_BYTES) return;
  let semicolon = bytes.lastIndexOf(`;
`, start + WINDOW_BYTES);
  if (!(semicolon <= start))
    try {
      let raw = (0, import_libpg_query3.parseSync)(bytes.toString("utf8", start, semicolon + 1)).stmts ?? [], last = raw.at(-1);
      return !last?.stmt_len || (last.stmt_location ?? 0) + last.stmt_len !== semicolon - start ? void 0 : { end: semicolon + 1, statements: fromParseResult(raw, 0, semicolon - start) };
    } catch {
      return;
    }
}
function scannedWindow(bytes, start) {
  let end = nextWindowEnd(bytes, start);
  return { end, statements: parseWhole(bytes.toString("utf8", start, end), end - start) };
}
function shifted(statement, by, index) {
  return {
    ...statement,
    index,
    nodeOffset: statement.nodeOffset + by,
    start: statement.start + by,
    end: statement.end + by,
    parseProblem: statement.parseProblem && {
      ...statement.parseProblem,
      offset: statement.parseProblem.offset + by
    }
  };
}
function nextWindowEnd(bytes, start) {
  for (let size = WINDOW_BYTES; start + size < bytes.length; size *= 2) {
    let text = bytes.toString("utf8", start, start + size), terminatorEnd = cutAtSemicolons(scanPrefix(text), bytes.subarray(start, start + size)).at(-2)?.terminatorEnd;
    if (terminatorEnd !== void 0) return start + terminatorEnd;
  }
  return bytes.length;
}
function scanPrefix(text) {
  try {
    return (0, import_libpg_query3.scanSync)(text).tokens;
  } catch {
    try {
      return (0, import_libpg_query3.parseSync)(text), [];
    } catch (error) {
      let cursor = toParserError(error).cursor;
      return safeScan(text.slice(0, cursor));
    }
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
      let parsed = fromParseResult((0, import_libpg_query3.parseSync)(pieceText).stmts ?? [], piece.start, piece.end - piece.start);
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
  let name = piece.metaCommand, includes = INCLUDE_COMMANDS.has(name) ? ", and the file it includes is not linted" : "";
  return {
    message: `psql meta-command \`${name}\` is not SQL: only psql understands it, and a migration runner sends it to the server, which rejects it`,
    offset: piece.start,
    underPsql: `psql meta-command \`${name}\` runs in psql only: scribe-lint does not lint or replay it${includes}`
  };
}
var INCLUDE_COMMANDS = /* @__PURE__ */ new Set(["\\i", "\\ir", "\\include", "\\include_relative"]);
function splitIntoPieces(text, bytes, wholeFileError) {
  let tokens, brokenTailFrom;
  try {
    tokens = (0, import_libpg_query3.scanSync)(text).tokens;
  } catch {
    let cutAt = codePointOffsetToByte(text, wholeFileError.cursor);
    tokens = safeScan(bytes.toString("utf8", 0, cutAt)), brokenTailFrom = cutAt;
  }
  let pieces = cutAtSemicolons(tokens, bytes);
  return brokenTailFrom !== void 0 && attachBrokenTail(pieces, tokens, brokenTailFrom, bytes.length), pieces;
}
function safeScan(text) {
  try {
    return (0, import_libpg_query3.scanSync)(text).tokens;
  } catch {
    return [];
  }
}
var COMMENT_TOKENS = /* @__PURE__ */ new Set(["SQL_COMMENT", "C_COMMENT"]);
function cutAtSemicolons(tokens, bytes) {
  let pieces = [], first, last, parenDepth = 0, atomicDepth = 0, close = (terminator) => {
    first && last && pieces.push({ start: first.start, end: last.end, terminatorEnd: terminator?.end }), first = last = void 0;
  };
  for (let i = 0; i < tokens.length; i++) {
    let token = tokens[i];
    if (COMMENT_TOKENS.has(token.tokenName)) continue;
    if (token.text === "\\" && startsLine(bytes, token.start)) {
      close();
      let lineEnd = endOfLine2(bytes, token.start), name = bytes.toString("utf8", token.start, lineEnd).trim().split(/\s+/)[0];
      for (pieces.push({ start: token.start, end: lineEnd, metaCommand: name }); i + 1 < tokens.length && tokens[i + 1].start < lineEnd; ) i++;
      continue;
    }
    let word = token.text.toLowerCase();
    if (token.text === "(" ? parenDepth++ : token.text === ")" ? parenDepth = Math.max(0, parenDepth - 1) : word === "begin" && tokens[i + 1]?.text.toLowerCase() === "atomic" || atomicDepth > 0 && word === "case" ? atomicDepth++ : atomicDepth > 0 && word === "end" && atomicDepth--, token.text === ";" && parenDepth === 0 && atomicDepth === 0) {
      close(token);
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
function endOfLine2(bytes, offset) {
  let newline = bytes.indexOf(10, offset), end = newline === -1 ? bytes.length : newline;
  return end > offset && bytes[end - 1] === 13 ? end - 1 : end;
}
function parseAroundCopyData(bytes, blocks, treesFor) {
  let statements = [], segmentStart = 0;
  for (let block of [...blocks, void 0]) {
    let segmentEnd = block ? block.commandEnd : bytes.length, segment = bytes.toString("utf8", segmentStart, segmentEnd);
    for (let statement of parseSql(segment, treesFor))
      statements.push(shifted(statement, segmentStart, statements.length));
    block && markCopyCommand(statements, block), segmentStart = block ? block.dataEnd : bytes.length;
  }
  return statements;
}
function markCopyCommand(statements, block) {
  let command = statements.at(-1);
  !command || command.end < block.commandStart || (command.node = void 0, command.parseProblem = copyBlockProblem(block));
}

// src/history/migration-files.ts
import {
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync
} from "node:fs";
import path from "node:path";

// src/parse/encoding.ts
import { isUtf8 } from "node:buffer";
var REPLACEMENT = "\uFFFD", REPLACEMENT_GROWTH = 2;
function decodeUtf8(bytes) {
  if (isUtf8(bytes)) return { text: bytes.toString("utf8"), invalid: [] };
  let invalid = [], text = "", runStart = 0;
  for (let at = 0; at < bytes.length; ) {
    let length = sequenceLength(bytes, at);
    if (length > 0) {
      at += length;
      continue;
    }
    text += bytes.toString("utf8", runStart, at) + REPLACEMENT, invalid.push({ offset: at + invalid.length * REPLACEMENT_GROWTH, value: bytes[at] }), at++, runStart = at;
  }
  return { text: text + bytes.toString("utf8", runStart), invalid };
}
function sequenceLength(bytes, at) {
  let lead = bytes[at];
  return lead < 128 ? 1 : lead >= 194 && lead <= 223 ? continues(bytes, at + 1, 1, 128, 191) ? 2 : 0 : lead === 224 ? continues(bytes, at + 1, 2, 160, 191) ? 3 : 0 : lead === 237 ? continues(bytes, at + 1, 2, 128, 159) ? 3 : 0 : lead >= 225 && lead <= 239 ? continues(bytes, at + 1, 2, 128, 191) ? 3 : 0 : lead === 240 ? continues(bytes, at + 1, 3, 144, 191) ? 4 : 0 : lead >= 241 && lead <= 243 ? continues(bytes, at + 1, 3, 128, 191) ? 4 : 0 : lead === 244 && continues(bytes, at + 1, 3, 128, 143) ? 4 : 0;
}
function continues(bytes, from, count, low, high) {
  if (from + count > bytes.length || bytes[from] < low || bytes[from] > high) return !1;
  for (let at = from + 1; at < from + count; at++) if (bytes[at] < 128 || bytes[at] > 191) return !1;
  return !0;
}
function invalidByteMessage(value) {
  let hex = `0x${value.toString(16).padStart(2, "0")}`;
  return `byte ${hex} is not valid UTF-8: PostgreSQL rejects this statement (invalid byte sequence for encoding "UTF8": ${hex}); the file must be saved as UTF-8`;
}

// src/parse/suppressions.ts
var import_libpg_query4 = __toESM(require_wasm(), 1);

// src/nearest-name.ts
function nearestName(word, candidates, maxDistance, options = {}) {
  let fold = (name) => options.ignoreCase ? name.toLowerCase() : name, best, bestDistance = maxDistance + 1;
  for (let candidate of candidates) {
    let distance = editDistance(fold(word), fold(candidate));
    distance < bestDistance && ([best, bestDistance] = [candidate, distance]);
  }
  return best;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let current = [i];
    for (let j = 1; j <= b.length; j++) {
      let substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}

// src/parse/suppressions.ts
var PREFIX = "scribe-lint-", SCOPES = {
  "scribe-lint-disable-next-line": "next-statement",
  "scribe-lint-disable-line": "line",
  "scribe-lint-disable": "file"
}, DIRECTIVES = Object.keys(SCOPES), DIRECTIVE_WORD = /^\s*(scribe-lint-[\w-]*)/i;
function findSuppressions(text) {
  if (!text.includes(PREFIX)) return [];
  let found = [];
  for (let comment of commentTokens(text)) {
    let suppression = directiveOf(comment);
    suppression && found.push(suppression);
  }
  return found;
}
function directiveOf(comment) {
  let body = comment.block ? comment.text.slice(2, comment.text.endsWith("*/") ? -2 : void 0) : comment.text.slice(2), word = DIRECTIVE_WORD.exec(body);
  if (!word) return;
  let bodyStart = comment.start + 2, keyword = word[1], scope = SCOPES[keyword], base = { start: comment.start, end: comment.end, reason: "", ruleIds: [] };
  if (!scope) return { ...base, scope: "next-statement", notUnderstood: unknownDirective(keyword) };
  let restAt = word[0].length, { ruleIds, ruleIdOffsets, reason } = idsAndReason(body, restAt, bodyStart);
  return { ...base, scope, ruleIds, ruleIdOffsets, reason };
}
function unknownDirective(keyword) {
  let closest = closestOf(keyword.toLowerCase(), DIRECTIVES), hint = closest ? `; did you mean \`${closest}\`?` : "";
  return `\`${keyword}\` is not a scribe-lint directive (${DIRECTIVES.map((d) => `\`${d}\``).join(", ")}), so this comment suppresses nothing${hint}`;
}
function idsAndReason(body, restAt, bodyStart) {
  let separator = body.indexOf("--", restAt), idsEnd = separator === -1 ? body.length : separator, reason = separator === -1 ? "" : body.slice(separator + 2).replace(/\s+/g, " ").trim(), ruleIds = [], ruleIdOffsets = [], id = /[^\s,]+/g;
  id.lastIndex = restAt;
  for (let match = id.exec(body); match && match.index < idsEnd; match = id.exec(body)) {
    let value = match[0].slice(0, idsEnd - match.index);
    ruleIds.push(value), ruleIdOffsets.push(bodyStart + Buffer.byteLength(body.slice(0, match.index), "utf8"));
  }
  return { ruleIds, ruleIdOffsets, reason };
}
function closestOf(word, candidates) {
  return nearestName(word, candidates, Math.max(2, Math.floor(word.length / 4)));
}
function commentTokens(text) {
  try {
    return (0, import_libpg_query4.scanSync)(text).tokens.filter((token) => token.tokenName === "SQL_COMMENT" || token.tokenName === "C_COMMENT").map((token) => ({
      text: token.text,
      start: token.start,
      end: token.end,
      block: token.tokenName === "C_COMMENT"
    }));
  } catch {
    return lineCommentsByRegex(text);
  }
}
function lineCommentsByRegex(text) {
  let found = [], pattern = /--[ \t]*scribe-lint-[^\n]*/gi;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    let start = Buffer.byteLength(text.slice(0, match.index), "utf8"), commentText = match[0].replace(/\r$/, "");
    found.push({
      text: commentText,
      start,
      end: start + Buffer.byteLength(commentText, "utf8"),
      block: !1
    });
  }
  return found;
}

// src/history/migration-files.ts
var RUNNER_FILE_NAME = /^([0-9]+)_(.+)\.sql$/;
function collectMigrationPaths(paths, cwd, options) {
  let found = [];
  for (let given of paths) {
    let absolute = path.resolve(cwd, given), stats;
    try {
      stats = statSync(absolute);
    } catch {
      if (options.optional) continue;
      let broken = lstatSync(absolute, { throwIfNoEntry: !1 })?.isSymbolicLink();
      throw new UsageError(broken ? `broken symlink: ${given}` : `no such file or directory: ${given}`);
    }
    if (stats.isDirectory()) {
      for (let entry of readdirSync(absolute, { withFileTypes: !0 }))
        entry.name.toLowerCase().endsWith(".sql") && found.push(path.join(absolute, entry.name));
      continue;
    }
    if (!stats.isFile())
      throw new UsageError(`${given} is ${kindOf(stats)}, not a regular file: scribe-lint reads only files`);
    found.push(lstatSync(absolute).isSymbolicLink() ? realpathSync(absolute) : absolute);
  }
  return [...new Set(found)].sort(compareRunnerOrder);
}
function kindOf(stats) {
  return stats.isFIFO() ? "a FIFO" : stats.isSocket() ? "a socket" : stats.isCharacterDevice() || stats.isBlockDevice() ? "a device" : stats.isDirectory() ? "a directory" : stats.isSymbolicLink() ? "a symlink" : "not a regular file";
}
function whyNotRead(absolute, cwd) {
  let entry = lstatSync(absolute, { throwIfNoEntry: !1 });
  if (!entry || entry.isFile()) return;
  if (!entry.isSymbolicLink()) return `it is ${kindOf(entry)}, not a regular file`;
  let target;
  try {
    target = realpathSync(absolute);
  } catch {
    return "it is a broken symlink";
  }
  if (!projectRoots(cwd, path.dirname(absolute)).some((root) => isWithin(target, root)))
    return `it is a symlink to \`${target}\`, outside the project`;
  let stats = statSync(target);
  return stats.isFile() ? void 0 : `it is a symlink to ${kindOf(stats)}`;
}
function projectRoots(cwd, folder) {
  let roots = [realOrSelf(cwd), realOrSelf(folder)], repository = repositoryRoot(roots[0]);
  return repository && roots.push(repository), roots;
}
function realOrSelf(folder) {
  try {
    return realpathSync(folder);
  } catch {
    return path.resolve(folder);
  }
}
function repositoryRoot(from) {
  for (let folder = from; ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, ".git"))) return folder;
    if (path.dirname(folder) === folder) return;
  }
}
function isWithin(target, root) {
  let relative = path.relative(root, target);
  return relative === "" || !relative.startsWith("..") && !path.isAbsolute(relative);
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
function readMigrationFile(absolute, cwd, treesFor) {
  let skipped = whyNotRead(absolute, cwd);
  if (skipped) return { ...migrationFileHeader(absolute, cwd), applied: !1, skipped };
  let bytes;
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    throw new UsageError(
      `cannot read ${displayPathOf(absolute, cwd)}: ${error.code}`
    );
  }
  return migrationFileFromBytes(absolute, displayPathOf(absolute, cwd), bytes, treesFor);
}
function readMigrationText(absolute, cwd) {
  let { displayPath, applied } = migrationFileHeader(absolute, cwd);
  if (whyNotRead(absolute, cwd)) return { displayPath, text: "", applied: !1 };
  try {
    return { displayPath, text: withoutBom(decodeUtf8(readFileSync(absolute))).text, applied };
  } catch {
    return { displayPath, text: "", applied: !1 };
  }
}
function migrationFileFromBytes(absolute, displayPath, bytes, treesFor) {
  let { text, invalid } = withoutBom(decodeUtf8(bytes)), lines = new LineIndex(text), nul = text.indexOf("\0"), statements = nul !== -1 ? [binaryFileStatement(text, nul)] : withInvalidBytes(trimEnds(parseStatements(text, treesFor), lines), invalid, lines);
  explainNonStandardStrings(text, statements);
  let suppressions = nul === -1 ? findSuppressions(text) : [];
  return { ...headerOf(absolute, displayPath), text, lines, statements, suppressions };
}
function migrationFileHeader(absolute, cwd) {
  return headerOf(absolute, displayPathOf(absolute, cwd));
}
function headerOf(absolute, displayPath) {
  let name = path.basename(absolute), version = RUNNER_FILE_NAME.exec(name)?.[1];
  return {
    path: absolute,
    displayPath,
    name,
    text: "",
    lines: new LineIndex(""),
    statements: [],
    version,
    applied: version !== void 0,
    suppressions: []
  };
}
function withoutBom(decoded) {
  if (decoded.text.charCodeAt(0) !== 65279) return decoded;
  let invalid = decoded.invalid.map((byte) => ({ ...byte, offset: byte.offset - 3 }));
  return { text: decoded.text.slice(1), invalid };
}
function withInvalidBytes(statements, invalid, lines) {
  if (invalid.length === 0) return statements;
  let flagged = /* @__PURE__ */ new Set(), flaggedLines = /* @__PURE__ */ new Set(), added = [];
  for (let byte of invalid) {
    let problem = { message: invalidByteMessage(byte.value), offset: byte.offset }, holder = statements.find((s) => s.start <= byte.offset && byte.offset < s.end);
    if (holder) {
      if (flagged.has(holder)) continue;
      flagged.add(holder), holder.node = void 0, holder.parseProblem = problem;
      continue;
    }
    let line = lines.position(byte.offset).line;
    if (flaggedLines.has(line)) continue;
    flaggedLines.add(line);
    let lineText = lines.slice(byte.offset, lines.lineStart(line + 1)).replace(/\r?\n$/, ""), end = byte.offset + Buffer.byteLength(lineText, "utf8");
    added.push({ index: 0, nodeOffset: byte.offset, start: byte.offset, end, parseProblem: problem });
  }
  if (added.length === 0) return statements;
  let all = [...statements, ...added].sort((a, b) => a.start - b.start);
  return all.forEach((statement, index) => statement.index = index), all;
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
var STRINGS_OFF = /standard_conforming_strings\s*(?:=|\bto\b)\s*'?(?:off|false|0)\b/i;
function explainNonStandardStrings(text, statements) {
  if (!statements.some((statement) => statement.parseProblem)) return;
  let setAt = STRINGS_OFF.exec(text);
  if (!setAt) return;
  let from = Buffer.byteLength(text.slice(0, setAt.index), "utf8");
  for (let { parseProblem } of statements)
    parseProblem && parseProblem.offset > from && !parseProblem.underPsql && (parseProblem.message += " (this file turns standard_conforming_strings off, but scribe-lint reads '\u2026' strings as with it on, where a backslash is an ordinary character: write E'\u2026' for backslash escapes)");
}
function trimEnds(statements, lines) {
  let last = statements.at(-1);
  if (!last || last.end !== lines.byteLength) return statements;
  let text = lines.slice(last.start, last.end);
  return last.end -= Buffer.byteLength(text.slice(text.trimEnd().length), "utf8"), statements;
}

export {
  require_wasm,
  loadKeptTreesParser,
  loadParser,
  parseStatements,
  nearestName,
  closestOf,
  RUNNER_FILE_NAME,
  collectMigrationPaths,
  displayPathOf,
  readMigrationFile,
  readMigrationText,
  migrationFileHeader
};
