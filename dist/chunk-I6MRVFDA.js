import { createRequire as __scribeCreateRequire } from 'node:module';
import { fileURLToPath as __scribeFileUrlToPath } from 'node:url';
import { dirname as __scribeDirname } from 'node:path';
const require = __scribeCreateRequire(import.meta.url);
const __filename = __scribeFileUrlToPath(import.meta.url);
const __dirname = __scribeDirname(__filename);
import {
  require_src
} from "./chunk-GA36ZYBK.js";
import {
  urlWithScheme
} from "./chunk-6SESNV3M.js";
import {
  maskSecrets
} from "./chunk-MHQQPLRE.js";
import {
  UsageError
} from "./chunk-KMD5P3L4.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-A56RWH2U.js";

// node_modules/@ioredis/commands/built/commands.json
var require_commands = __commonJS({
  "node_modules/@ioredis/commands/built/commands.json"(exports, module) {
    module.exports = {
      vadd: {
        arity: -5,
        flags: [
          "write",
          "denyoom",
          "module"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      vcard: {
        arity: 2,
        flags: [
          "readonly",
          "module",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      vdim: {
        arity: 2,
        flags: [
          "readonly",
          "module",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      vemb: {
        arity: -3,
        flags: [
          "readonly",
          "module",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      vgetattr: {
        arity: 3,
        flags: [
          "readonly",
          "module",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      vinfo: {
        arity: 2,
        flags: [
          "readonly",
          "module",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      vismember: {
        arity: 3,
        flags: [
          "readonly",
          "module"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      vlinks: {
        arity: -3,
        flags: [
          "readonly",
          "module",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      vrandmember: {
        arity: -2,
        flags: [
          "readonly",
          "module"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      vrange: {
        arity: -4,
        flags: [
          "readonly",
          "module"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      vrem: {
        arity: 3,
        flags: [
          "write",
          "module"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      vsetattr: {
        arity: 4,
        flags: [
          "write",
          "module",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      vsim: {
        arity: -4,
        flags: [
          "readonly",
          "module"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      acl: {
        arity: -2,
        flags: [],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      append: {
        arity: 3,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      arcount: {
        arity: 2,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      ardel: {
        arity: -3,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      ardelrange: {
        arity: -4,
        flags: [
          "write"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      arget: {
        arity: 3,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      argetrange: {
        arity: 4,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      argrep: {
        arity: -6,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      arinfo: {
        arity: -2,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      arinsert: {
        arity: -3,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      arlastitems: {
        arity: -3,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      arlen: {
        arity: 2,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      armget: {
        arity: -3,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      armset: {
        arity: -4,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      arnext: {
        arity: 2,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      arop: {
        arity: -5,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      arring: {
        arity: -4,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      arscan: {
        arity: -4,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      arseek: {
        arity: 3,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      arset: {
        arity: -4,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      asking: {
        arity: 1,
        flags: [
          "fast"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      auth: {
        arity: -2,
        flags: [
          "noscript",
          "loading",
          "stale",
          "fast",
          "no_auth",
          "allow_busy"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      bgrewriteaof: {
        arity: 1,
        flags: [
          "admin",
          "noscript",
          "no_async_loading"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      bgsave: {
        arity: -1,
        flags: [
          "admin",
          "noscript",
          "no_async_loading"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      bitcount: {
        arity: -2,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      bitfield: {
        arity: -2,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      bitfield_ro: {
        arity: -2,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      bitop: {
        arity: -4,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 2,
        keyStop: -1,
        step: 1
      },
      bitpos: {
        arity: -3,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      blmove: {
        arity: 6,
        flags: [
          "write",
          "denyoom",
          "noscript",
          "blocking"
        ],
        keyStart: 1,
        keyStop: 2,
        step: 1
      },
      blmpop: {
        arity: -5,
        flags: [
          "write",
          "blocking",
          "movablekeys"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      blpop: {
        arity: -3,
        flags: [
          "write",
          "noscript",
          "blocking"
        ],
        keyStart: 1,
        keyStop: -2,
        step: 1
      },
      brpop: {
        arity: -3,
        flags: [
          "write",
          "noscript",
          "blocking"
        ],
        keyStart: 1,
        keyStop: -2,
        step: 1
      },
      brpoplpush: {
        arity: 4,
        flags: [
          "write",
          "denyoom",
          "noscript",
          "blocking"
        ],
        keyStart: 1,
        keyStop: 2,
        step: 1
      },
      bzmpop: {
        arity: -5,
        flags: [
          "write",
          "blocking",
          "movablekeys"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      bzpopmax: {
        arity: -3,
        flags: [
          "write",
          "noscript",
          "blocking",
          "fast"
        ],
        keyStart: 1,
        keyStop: -2,
        step: 1
      },
      bzpopmin: {
        arity: -3,
        flags: [
          "write",
          "noscript",
          "blocking",
          "fast"
        ],
        keyStart: 1,
        keyStop: -2,
        step: 1
      },
      client: {
        arity: -2,
        flags: [],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      cluster: {
        arity: -2,
        flags: [],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      command: {
        arity: -1,
        flags: [
          "loading",
          "stale"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      config: {
        arity: -2,
        flags: [],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      copy: {
        arity: -3,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: 2,
        step: 1
      },
      dbsize: {
        arity: 1,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      debug: {
        arity: -2,
        flags: [
          "admin",
          "noscript",
          "loading",
          "stale"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      decr: {
        arity: 2,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      decrby: {
        arity: 3,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      del: {
        arity: -2,
        flags: [
          "write"
        ],
        keyStart: 1,
        keyStop: -1,
        step: 1
      },
      discard: {
        arity: 1,
        flags: [
          "noscript",
          "loading",
          "stale",
          "fast",
          "allow_busy"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      dump: {
        arity: 2,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      echo: {
        arity: 2,
        flags: [
          "fast"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      eval: {
        arity: -3,
        flags: [
          "noscript",
          "stale",
          "skip_monitor",
          "no_mandatory_keys",
          "movablekeys"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      eval_ro: {
        arity: -3,
        flags: [
          "readonly",
          "noscript",
          "stale",
          "skip_monitor",
          "no_mandatory_keys",
          "movablekeys"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      evalsha: {
        arity: -3,
        flags: [
          "noscript",
          "stale",
          "skip_monitor",
          "no_mandatory_keys",
          "movablekeys"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      evalsha_ro: {
        arity: -3,
        flags: [
          "readonly",
          "noscript",
          "stale",
          "skip_monitor",
          "no_mandatory_keys",
          "movablekeys"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      exec: {
        arity: 1,
        flags: [
          "noscript",
          "loading",
          "stale",
          "skip_slowlog"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      exists: {
        arity: -2,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: -1,
        step: 1
      },
      expire: {
        arity: -3,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      expireat: {
        arity: -3,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      expiretime: {
        arity: 2,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      failover: {
        arity: -1,
        flags: [
          "admin",
          "noscript",
          "stale"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      fcall: {
        arity: -3,
        flags: [
          "noscript",
          "stale",
          "skip_monitor",
          "no_mandatory_keys",
          "movablekeys"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      fcall_ro: {
        arity: -3,
        flags: [
          "readonly",
          "noscript",
          "stale",
          "skip_monitor",
          "no_mandatory_keys",
          "movablekeys"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      flushall: {
        arity: -1,
        flags: [
          "write"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      flushdb: {
        arity: -1,
        flags: [
          "write"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      function: {
        arity: -2,
        flags: [],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      geoadd: {
        arity: -5,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      geodist: {
        arity: -4,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      geohash: {
        arity: -2,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      geopos: {
        arity: -2,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      georadius: {
        arity: -6,
        flags: [
          "write",
          "denyoom",
          "movablekeys"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      georadius_ro: {
        arity: -6,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      georadiusbymember: {
        arity: -5,
        flags: [
          "write",
          "denyoom",
          "movablekeys"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      georadiusbymember_ro: {
        arity: -5,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      geosearch: {
        arity: -7,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      geosearchstore: {
        arity: -8,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: 2,
        step: 1
      },
      get: {
        arity: 2,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      getbit: {
        arity: 3,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      getdel: {
        arity: 2,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      getex: {
        arity: -2,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      getrange: {
        arity: 4,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      getset: {
        arity: 3,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hdel: {
        arity: -3,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hello: {
        arity: -1,
        flags: [
          "noscript",
          "loading",
          "stale",
          "fast",
          "no_auth",
          "allow_busy"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      hexists: {
        arity: 3,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hexpire: {
        arity: -6,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hexpireat: {
        arity: -6,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hexpiretime: {
        arity: -5,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hget: {
        arity: 3,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hgetall: {
        arity: 2,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hgetdel: {
        arity: -5,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hgetex: {
        arity: -5,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hincrby: {
        arity: 4,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hincrbyfloat: {
        arity: 4,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hkeys: {
        arity: 2,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hlen: {
        arity: 2,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hmget: {
        arity: -3,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hmset: {
        arity: -4,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hpersist: {
        arity: -5,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hpexpire: {
        arity: -6,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hpexpireat: {
        arity: -6,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hpexpiretime: {
        arity: -5,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hpttl: {
        arity: -5,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hrandfield: {
        arity: -2,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hscan: {
        arity: -3,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hset: {
        arity: -4,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hsetex: {
        arity: -6,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hsetnx: {
        arity: 4,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hstrlen: {
        arity: 3,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      httl: {
        arity: -5,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      hvals: {
        arity: 2,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      incr: {
        arity: 2,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      incrby: {
        arity: 3,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      incrbyfloat: {
        arity: 3,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      increx: {
        arity: -2,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      info: {
        arity: -1,
        flags: [
          "loading",
          "stale"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      keys: {
        arity: 2,
        flags: [
          "readonly"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      lastsave: {
        arity: 1,
        flags: [
          "loading",
          "stale",
          "fast"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      latency: {
        arity: -2,
        flags: [],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      lcs: {
        arity: -3,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 2,
        step: 1
      },
      lindex: {
        arity: 3,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      linsert: {
        arity: 5,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      llen: {
        arity: 2,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      lmove: {
        arity: 5,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: 2,
        step: 1
      },
      lmpop: {
        arity: -4,
        flags: [
          "write",
          "movablekeys"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      lolwut: {
        arity: -1,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      lpop: {
        arity: -2,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      lpos: {
        arity: -3,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      lpush: {
        arity: -3,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      lpushx: {
        arity: -3,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      lrange: {
        arity: 4,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      lrem: {
        arity: 4,
        flags: [
          "write"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      lset: {
        arity: 4,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      ltrim: {
        arity: 4,
        flags: [
          "write"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      memory: {
        arity: -2,
        flags: [],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      mget: {
        arity: -2,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: -1,
        step: 1
      },
      migrate: {
        arity: -6,
        flags: [
          "write",
          "movablekeys"
        ],
        keyStart: 3,
        keyStop: 3,
        step: 1
      },
      module: {
        arity: -2,
        flags: [],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      monitor: {
        arity: 1,
        flags: [
          "admin",
          "noscript",
          "loading",
          "stale"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      move: {
        arity: 3,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      mset: {
        arity: -3,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: -1,
        step: 2
      },
      msetex: {
        arity: -4,
        flags: [
          "write",
          "denyoom",
          "movablekeys"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      msetnx: {
        arity: -3,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: -1,
        step: 2
      },
      multi: {
        arity: 1,
        flags: [
          "noscript",
          "loading",
          "stale",
          "fast",
          "allow_busy"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      object: {
        arity: -2,
        flags: [],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      persist: {
        arity: 2,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      pexpire: {
        arity: -3,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      pexpireat: {
        arity: -3,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      pexpiretime: {
        arity: 2,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      pfadd: {
        arity: -2,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      pfcount: {
        arity: -2,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: -1,
        step: 1
      },
      pfdebug: {
        arity: 3,
        flags: [
          "write",
          "denyoom",
          "admin"
        ],
        keyStart: 2,
        keyStop: 2,
        step: 1
      },
      pfmerge: {
        arity: -2,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: -1,
        step: 1
      },
      pfselftest: {
        arity: 1,
        flags: [
          "admin"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      ping: {
        arity: -1,
        flags: [
          "fast"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      psetex: {
        arity: 4,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      psubscribe: {
        arity: -2,
        flags: [
          "pubsub",
          "noscript",
          "loading",
          "stale"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      psync: {
        arity: -3,
        flags: [
          "admin",
          "noscript",
          "no_async_loading",
          "no_multi"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      pttl: {
        arity: 2,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      publish: {
        arity: 3,
        flags: [
          "pubsub",
          "loading",
          "stale",
          "fast"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      pubsub: {
        arity: -2,
        flags: [],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      punsubscribe: {
        arity: -1,
        flags: [
          "pubsub",
          "noscript",
          "loading",
          "stale"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      quit: {
        arity: -1,
        flags: [
          "noscript",
          "loading",
          "stale",
          "fast",
          "no_auth",
          "allow_busy"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      randomkey: {
        arity: 1,
        flags: [
          "readonly"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      readonly: {
        arity: 1,
        flags: [
          "loading",
          "stale",
          "fast"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      readwrite: {
        arity: 1,
        flags: [
          "loading",
          "stale",
          "fast"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      rename: {
        arity: 3,
        flags: [
          "write"
        ],
        keyStart: 1,
        keyStop: 2,
        step: 1
      },
      renamenx: {
        arity: 3,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 2,
        step: 1
      },
      replconf: {
        arity: -1,
        flags: [
          "admin",
          "noscript",
          "loading",
          "stale",
          "allow_busy"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      replicaof: {
        arity: 3,
        flags: [
          "admin",
          "noscript",
          "stale",
          "no_async_loading"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      reset: {
        arity: 1,
        flags: [
          "noscript",
          "loading",
          "stale",
          "fast",
          "no_auth",
          "allow_busy"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      restore: {
        arity: -4,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      "restore-asking": {
        arity: -4,
        flags: [
          "write",
          "denyoom",
          "asking"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      role: {
        arity: 1,
        flags: [
          "noscript",
          "loading",
          "stale",
          "fast"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      rpop: {
        arity: -2,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      rpoplpush: {
        arity: 3,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: 2,
        step: 1
      },
      rpush: {
        arity: -3,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      rpushx: {
        arity: -3,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      sadd: {
        arity: -3,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      save: {
        arity: 1,
        flags: [
          "admin",
          "noscript",
          "no_async_loading",
          "no_multi"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      scan: {
        arity: -2,
        flags: [
          "readonly"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      scard: {
        arity: 2,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      script: {
        arity: -2,
        flags: [],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      sdiff: {
        arity: -2,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: -1,
        step: 1
      },
      sdiffstore: {
        arity: -3,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: -1,
        step: 1
      },
      select: {
        arity: 2,
        flags: [
          "loading",
          "stale",
          "fast"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      set: {
        arity: -3,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      setbit: {
        arity: 4,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      setex: {
        arity: 4,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      setnx: {
        arity: 3,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      setrange: {
        arity: 4,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      shutdown: {
        arity: -1,
        flags: [
          "admin",
          "noscript",
          "loading",
          "stale",
          "no_multi",
          "allow_busy"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      sinter: {
        arity: -2,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: -1,
        step: 1
      },
      sintercard: {
        arity: -3,
        flags: [
          "readonly",
          "movablekeys"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      sinterstore: {
        arity: -3,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: -1,
        step: 1
      },
      sismember: {
        arity: 3,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      slaveof: {
        arity: 3,
        flags: [
          "admin",
          "noscript",
          "stale",
          "no_async_loading"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      slowlog: {
        arity: -2,
        flags: [],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      smembers: {
        arity: 2,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      smismember: {
        arity: -3,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      smove: {
        arity: 4,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 2,
        step: 1
      },
      sort: {
        arity: -2,
        flags: [
          "write",
          "denyoom",
          "movablekeys"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      sort_ro: {
        arity: -2,
        flags: [
          "readonly",
          "movablekeys"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      spop: {
        arity: -2,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      spublish: {
        arity: 3,
        flags: [
          "pubsub",
          "loading",
          "stale",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      srandmember: {
        arity: -2,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      srem: {
        arity: -3,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      sscan: {
        arity: -3,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      ssubscribe: {
        arity: -2,
        flags: [
          "pubsub",
          "noscript",
          "loading",
          "stale"
        ],
        keyStart: 1,
        keyStop: -1,
        step: 1
      },
      strlen: {
        arity: 2,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      subscribe: {
        arity: -2,
        flags: [
          "pubsub",
          "noscript",
          "loading",
          "stale"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      substr: {
        arity: 4,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      sunion: {
        arity: -2,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: -1,
        step: 1
      },
      sunionstore: {
        arity: -3,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: -1,
        step: 1
      },
      sunsubscribe: {
        arity: -1,
        flags: [
          "pubsub",
          "noscript",
          "loading",
          "stale"
        ],
        keyStart: 1,
        keyStop: -1,
        step: 1
      },
      swapdb: {
        arity: 3,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      sync: {
        arity: 1,
        flags: [
          "admin",
          "noscript",
          "no_async_loading",
          "no_multi"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      time: {
        arity: 1,
        flags: [
          "loading",
          "stale",
          "fast"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      touch: {
        arity: -2,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: -1,
        step: 1
      },
      ttl: {
        arity: 2,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      type: {
        arity: 2,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      unlink: {
        arity: -2,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: -1,
        step: 1
      },
      unsubscribe: {
        arity: -1,
        flags: [
          "pubsub",
          "noscript",
          "loading",
          "stale"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      unwatch: {
        arity: 1,
        flags: [
          "noscript",
          "loading",
          "stale",
          "fast",
          "allow_busy"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      wait: {
        arity: 3,
        flags: [
          "noscript"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      watch: {
        arity: -2,
        flags: [
          "noscript",
          "loading",
          "stale",
          "fast",
          "allow_busy"
        ],
        keyStart: 1,
        keyStop: -1,
        step: 1
      },
      xack: {
        arity: -4,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      xadd: {
        arity: -5,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      xautoclaim: {
        arity: -6,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      xclaim: {
        arity: -6,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      xdel: {
        arity: -3,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      xdelex: {
        arity: -5,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      xgroup: {
        arity: -2,
        flags: [],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      xinfo: {
        arity: -2,
        flags: [],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      xlen: {
        arity: 2,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      xnack: {
        arity: -7,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      xpending: {
        arity: -3,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      xrange: {
        arity: -4,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      xread: {
        arity: -4,
        flags: [
          "readonly",
          "blocking",
          "movablekeys"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      xreadgroup: {
        arity: -7,
        flags: [
          "write",
          "blocking",
          "movablekeys"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      xrevrange: {
        arity: -4,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      xsetid: {
        arity: -3,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      xtrim: {
        arity: -4,
        flags: [
          "write"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zadd: {
        arity: -4,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zcard: {
        arity: 2,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zcount: {
        arity: 4,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zdiff: {
        arity: -3,
        flags: [
          "readonly",
          "movablekeys"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      zdiffstore: {
        arity: -4,
        flags: [
          "write",
          "denyoom",
          "movablekeys"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zincrby: {
        arity: 4,
        flags: [
          "write",
          "denyoom",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zinter: {
        arity: -3,
        flags: [
          "readonly",
          "movablekeys"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      zintercard: {
        arity: -3,
        flags: [
          "readonly",
          "movablekeys"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      zinterstore: {
        arity: -4,
        flags: [
          "write",
          "denyoom",
          "movablekeys"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zlexcount: {
        arity: 4,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zmpop: {
        arity: -4,
        flags: [
          "write",
          "movablekeys"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      zmscore: {
        arity: -3,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zpopmax: {
        arity: -2,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zpopmin: {
        arity: -2,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zrandmember: {
        arity: -2,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zrange: {
        arity: -4,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zrangebylex: {
        arity: -4,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zrangebyscore: {
        arity: -4,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zrangestore: {
        arity: -5,
        flags: [
          "write",
          "denyoom"
        ],
        keyStart: 1,
        keyStop: 2,
        step: 1
      },
      zrank: {
        arity: 3,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zrem: {
        arity: -3,
        flags: [
          "write",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zremrangebylex: {
        arity: 4,
        flags: [
          "write"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zremrangebyrank: {
        arity: 4,
        flags: [
          "write"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zremrangebyscore: {
        arity: 4,
        flags: [
          "write"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zrevrange: {
        arity: -4,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zrevrangebylex: {
        arity: -4,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zrevrangebyscore: {
        arity: -4,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zrevrank: {
        arity: 3,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zscan: {
        arity: -3,
        flags: [
          "readonly"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zscore: {
        arity: 3,
        flags: [
          "readonly",
          "fast"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      },
      zunion: {
        arity: -3,
        flags: [
          "readonly",
          "movablekeys"
        ],
        keyStart: 0,
        keyStop: 0,
        step: 0
      },
      zunionstore: {
        arity: -4,
        flags: [
          "write",
          "denyoom",
          "movablekeys"
        ],
        keyStart: 1,
        keyStop: 1,
        step: 1
      }
    };
  }
});

// node_modules/@ioredis/commands/built/index.js
var require_built = __commonJS({
  "node_modules/@ioredis/commands/built/index.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { default: mod };
    };
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.getKeyIndexes = exports.hasFlag = exports.exists = exports.list = void 0;
    var commands_json_1 = __importDefault(require_commands());
    exports.list = Object.keys(commands_json_1.default);
    var flags = {};
    exports.list.forEach((commandName) => {
      flags[commandName] = commands_json_1.default[commandName].flags.reduce(function(flags2, flag) {
        return flags2[flag] = !0, flags2;
      }, {});
    });
    function exists(commandName, options) {
      return commandName = options?.caseInsensitive ? String(commandName).toLowerCase() : commandName, !!commands_json_1.default[commandName];
    }
    exports.exists = exists;
    function hasFlag(commandName, flag, options) {
      if (commandName = options?.nameCaseInsensitive ? String(commandName).toLowerCase() : commandName, !flags[commandName])
        throw new Error("Unknown command " + commandName);
      return !!flags[commandName][flag];
    }
    exports.hasFlag = hasFlag;
    function getKeyIndexes(commandName, args, options) {
      commandName = options?.nameCaseInsensitive ? String(commandName).toLowerCase() : commandName;
      let command2 = commands_json_1.default[commandName];
      if (!command2)
        throw new Error("Unknown command " + commandName);
      if (!Array.isArray(args))
        throw new Error("Expect args to be an array");
      let keys = [], parseExternalKey = !!(options && options.parseExternalKey), takeDynamicKeys = (args2, startIndex) => {
        let keys2 = [], keyStop = Number(args2[startIndex]);
        for (let i = 0; i < keyStop; i++)
          keys2.push(i + startIndex + 1);
        return keys2;
      }, takeKeyAfterToken = (args2, startIndex, token) => {
        for (let i = startIndex; i < args2.length - 1; i += 1)
          if (String(args2[i]).toLowerCase() === token.toLowerCase())
            return i + 1;
        return null;
      };
      switch (commandName) {
        case "zunionstore":
        case "zinterstore":
        case "zdiffstore":
          keys.push(0, ...takeDynamicKeys(args, 1));
          break;
        case "eval":
        case "evalsha":
        case "eval_ro":
        case "evalsha_ro":
        case "fcall":
        case "fcall_ro":
        case "blmpop":
        case "bzmpop":
          keys.push(...takeDynamicKeys(args, 1));
          break;
        case "sintercard":
        case "lmpop":
        case "zunion":
        case "zinter":
        case "zmpop":
        case "zintercard":
        case "zdiff": {
          keys.push(...takeDynamicKeys(args, 0));
          break;
        }
        case "msetex": {
          let numKeys = Number(args[0]);
          for (let i = 0; i < numKeys; i++)
            keys.push(1 + i * 2);
          break;
        }
        case "georadius": {
          keys.push(0);
          let storeKey = takeKeyAfterToken(args, 5, "STORE");
          storeKey && keys.push(storeKey);
          let distKey = takeKeyAfterToken(args, 5, "STOREDIST");
          distKey && keys.push(distKey);
          break;
        }
        case "georadiusbymember": {
          keys.push(0);
          let storeKey = takeKeyAfterToken(args, 4, "STORE");
          storeKey && keys.push(storeKey);
          let distKey = takeKeyAfterToken(args, 4, "STOREDIST");
          distKey && keys.push(distKey);
          break;
        }
        case "sort":
        case "sort_ro":
          keys.push(0);
          for (let i = 1; i < args.length - 1; i++) {
            let arg = args[i];
            if (typeof arg != "string")
              continue;
            let directive = arg.toUpperCase();
            directive === "GET" ? (i += 1, arg = args[i], arg !== "#" && (parseExternalKey ? keys.push([i, getExternalKeyNameLength(arg)]) : keys.push(i))) : directive === "BY" ? (i += 1, parseExternalKey ? keys.push([i, getExternalKeyNameLength(args[i])]) : keys.push(i)) : directive === "STORE" && (i += 1, keys.push(i));
          }
          break;
        case "migrate":
          if (args[2] === "")
            for (let i = 5; i < args.length - 1; i++) {
              let arg = args[i];
              if (typeof arg == "string" && arg.toUpperCase() === "KEYS") {
                for (let j = i + 1; j < args.length; j++)
                  keys.push(j);
                break;
              }
            }
          else
            keys.push(2);
          break;
        case "xreadgroup":
        case "xread":
          for (let i = commandName === "xread" ? 0 : 3; i < args.length - 1; i++)
            if (String(args[i]).toUpperCase() === "STREAMS") {
              for (let j = i + 1; j <= i + (args.length - 1 - i) / 2; j++)
                keys.push(j);
              break;
            }
          break;
        default:
          if (command2.step > 0) {
            let keyStart = command2.keyStart - 1, keyStop = command2.keyStop > 0 ? command2.keyStop : args.length + command2.keyStop + 1;
            for (let i = keyStart; i < keyStop; i += command2.step)
              keys.push(i);
          }
          break;
      }
      return keys;
    }
    exports.getKeyIndexes = getKeyIndexes;
    function getExternalKeyNameLength(key) {
      typeof key != "string" && (key = String(key));
      let hashPos = key.indexOf("->");
      return hashPos === -1 ? key.length : hashPos;
    }
  }
});

// node_modules/standard-as-callback/built/utils.js
var require_utils = __commonJS({
  "node_modules/standard-as-callback/built/utils.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.tryCatch = exports.errorObj = void 0;
    exports.errorObj = { e: {} };
    var tryCatchTarget;
    function tryCatcher(err, val) {
      try {
        let target = tryCatchTarget;
        return tryCatchTarget = null, target.apply(this, arguments);
      } catch (e) {
        return exports.errorObj.e = e, exports.errorObj;
      }
    }
    function tryCatch(fn) {
      return tryCatchTarget = fn, tryCatcher;
    }
    exports.tryCatch = tryCatch;
  }
});

// node_modules/standard-as-callback/built/index.js
var require_built2 = __commonJS({
  "node_modules/standard-as-callback/built/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var utils_1 = require_utils();
    function throwLater(e) {
      setTimeout(function() {
        throw e;
      }, 0);
    }
    function asCallback(promise, nodeback, options) {
      return typeof nodeback == "function" && promise.then((val) => {
        let ret;
        options !== void 0 && Object(options).spread && Array.isArray(val) ? ret = utils_1.tryCatch(nodeback).apply(void 0, [null].concat(val)) : ret = val === void 0 ? utils_1.tryCatch(nodeback)(null) : utils_1.tryCatch(nodeback)(null, val), ret === utils_1.errorObj && throwLater(ret.e);
      }, (cause) => {
        if (!cause) {
          let newReason = new Error(cause + "");
          Object.assign(newReason, { cause }), cause = newReason;
        }
        let ret = utils_1.tryCatch(nodeback)(cause);
        ret === utils_1.errorObj && throwLater(ret.e);
      }), promise;
    }
    exports.default = asCallback;
  }
});

// node_modules/redis-errors/lib/old.js
var require_old = __commonJS({
  "node_modules/redis-errors/lib/old.js"(exports, module) {
    "use strict";
    var assert = __require("assert"), util = __require("util");
    function RedisError(message) {
      Object.defineProperty(this, "message", {
        value: message || "",
        configurable: !0,
        writable: !0
      }), Error.captureStackTrace(this, this.constructor);
    }
    util.inherits(RedisError, Error);
    Object.defineProperty(RedisError.prototype, "name", {
      value: "RedisError",
      configurable: !0,
      writable: !0
    });
    function ParserError(message, buffer, offset) {
      assert(buffer), assert.strictEqual(typeof offset, "number"), Object.defineProperty(this, "message", {
        value: message || "",
        configurable: !0,
        writable: !0
      });
      let tmp = Error.stackTraceLimit;
      Error.stackTraceLimit = 2, Error.captureStackTrace(this, this.constructor), Error.stackTraceLimit = tmp, this.offset = offset, this.buffer = buffer;
    }
    util.inherits(ParserError, RedisError);
    Object.defineProperty(ParserError.prototype, "name", {
      value: "ParserError",
      configurable: !0,
      writable: !0
    });
    function ReplyError(message) {
      Object.defineProperty(this, "message", {
        value: message || "",
        configurable: !0,
        writable: !0
      });
      let tmp = Error.stackTraceLimit;
      Error.stackTraceLimit = 2, Error.captureStackTrace(this, this.constructor), Error.stackTraceLimit = tmp;
    }
    util.inherits(ReplyError, RedisError);
    Object.defineProperty(ReplyError.prototype, "name", {
      value: "ReplyError",
      configurable: !0,
      writable: !0
    });
    function AbortError(message) {
      Object.defineProperty(this, "message", {
        value: message || "",
        configurable: !0,
        writable: !0
      }), Error.captureStackTrace(this, this.constructor);
    }
    util.inherits(AbortError, RedisError);
    Object.defineProperty(AbortError.prototype, "name", {
      value: "AbortError",
      configurable: !0,
      writable: !0
    });
    function InterruptError(message) {
      Object.defineProperty(this, "message", {
        value: message || "",
        configurable: !0,
        writable: !0
      }), Error.captureStackTrace(this, this.constructor);
    }
    util.inherits(InterruptError, AbortError);
    Object.defineProperty(InterruptError.prototype, "name", {
      value: "InterruptError",
      configurable: !0,
      writable: !0
    });
    module.exports = {
      RedisError,
      ParserError,
      ReplyError,
      AbortError,
      InterruptError
    };
  }
});

// node_modules/redis-errors/lib/modern.js
var require_modern = __commonJS({
  "node_modules/redis-errors/lib/modern.js"(exports, module) {
    "use strict";
    var assert = __require("assert"), RedisError = class extends Error {
      get name() {
        return this.constructor.name;
      }
    }, ParserError = class extends RedisError {
      constructor(message, buffer, offset) {
        assert(buffer), assert.strictEqual(typeof offset, "number");
        let tmp = Error.stackTraceLimit;
        Error.stackTraceLimit = 2, super(message), Error.stackTraceLimit = tmp, this.offset = offset, this.buffer = buffer;
      }
      get name() {
        return this.constructor.name;
      }
    }, ReplyError = class extends RedisError {
      constructor(message) {
        let tmp = Error.stackTraceLimit;
        Error.stackTraceLimit = 2, super(message), Error.stackTraceLimit = tmp;
      }
      get name() {
        return this.constructor.name;
      }
    }, AbortError = class extends RedisError {
      get name() {
        return this.constructor.name;
      }
    }, InterruptError = class extends AbortError {
      get name() {
        return this.constructor.name;
      }
    };
    module.exports = {
      RedisError,
      ParserError,
      ReplyError,
      AbortError,
      InterruptError
    };
  }
});

// node_modules/redis-errors/index.js
var require_redis_errors = __commonJS({
  "node_modules/redis-errors/index.js"(exports, module) {
    "use strict";
    var Errors = process.version.charCodeAt(1) < 55 && process.version.charCodeAt(2) === 46 ? require_old() : require_modern();
    module.exports = Errors;
  }
});

// node_modules/cluster-key-slot/lib/index.js
var require_lib = __commonJS({
  "node_modules/cluster-key-slot/lib/index.js"(exports, module) {
    var lookup = [
      0,
      4129,
      8258,
      12387,
      16516,
      20645,
      24774,
      28903,
      33032,
      37161,
      41290,
      45419,
      49548,
      53677,
      57806,
      61935,
      4657,
      528,
      12915,
      8786,
      21173,
      17044,
      29431,
      25302,
      37689,
      33560,
      45947,
      41818,
      54205,
      50076,
      62463,
      58334,
      9314,
      13379,
      1056,
      5121,
      25830,
      29895,
      17572,
      21637,
      42346,
      46411,
      34088,
      38153,
      58862,
      62927,
      50604,
      54669,
      13907,
      9842,
      5649,
      1584,
      30423,
      26358,
      22165,
      18100,
      46939,
      42874,
      38681,
      34616,
      63455,
      59390,
      55197,
      51132,
      18628,
      22757,
      26758,
      30887,
      2112,
      6241,
      10242,
      14371,
      51660,
      55789,
      59790,
      63919,
      35144,
      39273,
      43274,
      47403,
      23285,
      19156,
      31415,
      27286,
      6769,
      2640,
      14899,
      10770,
      56317,
      52188,
      64447,
      60318,
      39801,
      35672,
      47931,
      43802,
      27814,
      31879,
      19684,
      23749,
      11298,
      15363,
      3168,
      7233,
      60846,
      64911,
      52716,
      56781,
      44330,
      48395,
      36200,
      40265,
      32407,
      28342,
      24277,
      20212,
      15891,
      11826,
      7761,
      3696,
      65439,
      61374,
      57309,
      53244,
      48923,
      44858,
      40793,
      36728,
      37256,
      33193,
      45514,
      41451,
      53516,
      49453,
      61774,
      57711,
      4224,
      161,
      12482,
      8419,
      20484,
      16421,
      28742,
      24679,
      33721,
      37784,
      41979,
      46042,
      49981,
      54044,
      58239,
      62302,
      689,
      4752,
      8947,
      13010,
      16949,
      21012,
      25207,
      29270,
      46570,
      42443,
      38312,
      34185,
      62830,
      58703,
      54572,
      50445,
      13538,
      9411,
      5280,
      1153,
      29798,
      25671,
      21540,
      17413,
      42971,
      47098,
      34713,
      38840,
      59231,
      63358,
      50973,
      55100,
      9939,
      14066,
      1681,
      5808,
      26199,
      30326,
      17941,
      22068,
      55628,
      51565,
      63758,
      59695,
      39368,
      35305,
      47498,
      43435,
      22596,
      18533,
      30726,
      26663,
      6336,
      2273,
      14466,
      10403,
      52093,
      56156,
      60223,
      64286,
      35833,
      39896,
      43963,
      48026,
      19061,
      23124,
      27191,
      31254,
      2801,
      6864,
      10931,
      14994,
      64814,
      60687,
      56684,
      52557,
      48554,
      44427,
      40424,
      36297,
      31782,
      27655,
      23652,
      19525,
      15522,
      11395,
      7392,
      3265,
      61215,
      65342,
      53085,
      57212,
      44955,
      49082,
      36825,
      40952,
      28183,
      32310,
      20053,
      24180,
      11923,
      16050,
      3793,
      7920
    ], toUTF8Array = function(str) {
      for (var char, i = 0, p = 0, utf8 = [], len = str.length; i < len; i++)
        char = str.charCodeAt(i), char < 128 ? utf8[p++] = char : char < 2048 ? (utf8[p++] = char >> 6 | 192, utf8[p++] = char & 63 | 128) : (char & 64512) === 55296 && i + 1 < str.length && (str.charCodeAt(i + 1) & 64512) === 56320 ? (char = 65536 + ((char & 1023) << 10) + (str.charCodeAt(++i) & 1023), utf8[p++] = char >> 18 | 240, utf8[p++] = char >> 12 & 63 | 128, utf8[p++] = char >> 6 & 63 | 128, utf8[p++] = char & 63 | 128) : (utf8[p++] = char >> 12 | 224, utf8[p++] = char >> 6 & 63 | 128, utf8[p++] = char & 63 | 128);
      return utf8;
    }, generate = module.exports = function(str) {
      for (var char, i = 0, start = -1, result = 0, resultHash = 0, utf8 = typeof str == "string" ? toUTF8Array(str) : str, len = utf8.length; i < len; ) {
        if (char = utf8[i++], start === -1)
          char === 123 && (start = i);
        else if (char !== 125)
          resultHash = lookup[(char ^ resultHash >> 8) & 255] ^ resultHash << 8;
        else if (i - 1 !== start)
          return resultHash & 16383;
        result = lookup[(char ^ result >> 8) & 255] ^ result << 8;
      }
      return result & 16383;
    };
    module.exports.generateMulti = function(keys) {
      for (var i = 1, len = keys.length, base = generate(keys[0]); i < len; )
        if (generate(keys[i++]) !== base) return -1;
      return base;
    };
  }
});

// node_modules/ioredis/built/utils/defaults.js
var require_defaults = __commonJS({
  "node_modules/ioredis/built/utils/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.defaults = void 0;
    var IS_UNSIGNED_INTEGER = /^(?:0|[1-9]\d*)$/;
    function isNil(value) {
      return value == null;
    }
    function eq(value, other) {
      return value === other || Number.isNaN(value) && Number.isNaN(other);
    }
    function isLength(value) {
      return Number.isSafeInteger(value) && value >= 0;
    }
    function isArrayLike(value) {
      return value != null && typeof value != "function" && isLength(value.length);
    }
    function isObject(value) {
      return value !== null && (typeof value == "object" || typeof value == "function");
    }
    function isIndex(value, length = Number.MAX_SAFE_INTEGER) {
      switch (typeof value) {
        case "number":
          return Number.isInteger(value) && value >= 0 && value < length;
        case "symbol":
          return !1;
        case "string":
          return IS_UNSIGNED_INTEGER.test(value);
      }
    }
    function isIterateeCall(value, index, object) {
      return isObject(object) && (typeof index == "number" && isArrayLike(object) && isIndex(index) && index < object.length || typeof index == "string" && index in object) ? eq(object[index], value) : !1;
    }
    function defaults(object, ...sources) {
      object = Object(object);
      let objectProto = Object.prototype, length = sources.length, guard = length > 2 ? sources[2] : void 0;
      guard && isIterateeCall(sources[0], sources[1], guard) && (length = 1);
      for (let i = 0; i < length; i++) {
        if (isNil(sources[i]))
          continue;
        let source = sources[i];
        for (let key in source) {
          let value = object[key];
          (value === void 0 || !objectProto.hasOwnProperty.call(object, key) && eq(value, objectProto[key])) && (object[key] = source[key]);
        }
      }
      return object;
    }
    exports.defaults = defaults;
  }
});

// node_modules/ioredis/built/utils/isArguments.js
var require_isArguments = __commonJS({
  "node_modules/ioredis/built/utils/isArguments.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.isArguments = void 0;
    function getTag(value) {
      return value == null ? value === void 0 ? "[object Undefined]" : "[object Null]" : Object.prototype.toString.call(value);
    }
    function isArguments(value) {
      return value !== null && typeof value == "object" && getTag(value) === "[object Arguments]";
    }
    exports.isArguments = isArguments;
  }
});

// node_modules/ioredis/built/utils/lodash.js
var require_lodash = __commonJS({
  "node_modules/ioredis/built/utils/lodash.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), Object.defineProperty(o, k2, { enumerable: !0, get: function() {
        return m[k];
      } });
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p) && __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.noop = void 0;
    function noop() {
    }
    exports.noop = noop;
    __exportStar(require_defaults(), exports);
    __exportStar(require_isArguments(), exports);
  }
});

// node_modules/ioredis/built/utils/debug.js
var require_debug = __commonJS({
  "node_modules/ioredis/built/utils/debug.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.genRedactedString = exports.getStringValue = exports.MAX_ARGUMENT_LENGTH = void 0;
    var debug_1 = require_src(), MAX_ARGUMENT_LENGTH = 200;
    exports.MAX_ARGUMENT_LENGTH = MAX_ARGUMENT_LENGTH;
    var NAMESPACE_PREFIX = "ioredis";
    function getStringValue(v) {
      if (v !== null)
        switch (typeof v) {
          case "boolean":
            return;
          case "number":
            return;
          case "object":
            if (Buffer.isBuffer(v))
              return v.toString("hex");
            if (Array.isArray(v))
              return v.join(",");
            try {
              return JSON.stringify(v);
            } catch {
              return;
            }
          case "string":
            return v;
        }
    }
    exports.getStringValue = getStringValue;
    function genRedactedString(str, maxLen) {
      let { length } = str;
      return length <= maxLen ? str : str.slice(0, maxLen) + ' ... <REDACTED full-length="' + length + '">';
    }
    exports.genRedactedString = genRedactedString;
    function genDebugFunction(namespace) {
      let fn = (0, debug_1.default)(`${NAMESPACE_PREFIX}:${namespace}`);
      function wrappedDebug(...args) {
        if (fn.enabled) {
          for (let i = 1; i < args.length; i++) {
            let str = getStringValue(args[i]);
            typeof str == "string" && str.length > MAX_ARGUMENT_LENGTH && (args[i] = genRedactedString(str, MAX_ARGUMENT_LENGTH));
          }
          return fn.apply(null, args);
        }
      }
      return Object.defineProperties(wrappedDebug, {
        namespace: {
          get() {
            return fn.namespace;
          }
        },
        enabled: {
          get() {
            return fn.enabled;
          }
        },
        destroy: {
          get() {
            return fn.destroy;
          }
        },
        log: {
          get() {
            return fn.log;
          },
          set(l) {
            fn.log = l;
          }
        }
      }), wrappedDebug;
    }
    exports.default = genDebugFunction;
  }
});

// node_modules/ioredis/built/constants/TLSProfiles.js
var require_TLSProfiles = __commonJS({
  "node_modules/ioredis/built/constants/TLSProfiles.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var RedisCloudCA = `-----BEGIN CERTIFICATE-----
MIIDTzCCAjegAwIBAgIJAKSVpiDswLcwMA0GCSqGSIb3DQEBBQUAMD4xFjAUBgNV
BAoMDUdhcmFudGlhIERhdGExJDAiBgNVBAMMG1NTTCBDZXJ0aWZpY2F0aW9uIEF1
dGhvcml0eTAeFw0xMzEwMDExMjE0NTVaFw0yMzA5MjkxMjE0NTVaMD4xFjAUBgNV
BAoMDUdhcmFudGlhIERhdGExJDAiBgNVBAMMG1NTTCBDZXJ0aWZpY2F0aW9uIEF1
dGhvcml0eTCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBALZqkh/DczWP
JnxnHLQ7QL0T4B4CDKWBKCcisriGbA6ZePWVNo4hfKQC6JrzfR+081NeD6VcWUiz
rmd+jtPhIY4c+WVQYm5PKaN6DT1imYdxQw7aqO5j2KUCEh/cznpLxeSHoTxlR34E
QwF28Wl3eg2vc5ct8LjU3eozWVk3gb7alx9mSA2SgmuX5lEQawl++rSjsBStemY2
BDwOpAMXIrdEyP/cVn8mkvi/BDs5M5G+09j0gfhyCzRWMQ7Hn71u1eolRxwVxgi3
TMn+/vTaFSqxKjgck6zuAYjBRPaHe7qLxHNr1So/Mc9nPy+3wHebFwbIcnUojwbp
4nctkWbjb2cCAwEAAaNQME4wHQYDVR0OBBYEFP1whtcrydmW3ZJeuSoKZIKjze3w
MB8GA1UdIwQYMBaAFP1whtcrydmW3ZJeuSoKZIKjze3wMAwGA1UdEwQFMAMBAf8w
DQYJKoZIhvcNAQEFBQADggEBAG2erXhwRAa7+ZOBs0B6X57Hwyd1R4kfmXcs0rta
lbPpvgULSiB+TCbf3EbhJnHGyvdCY1tvlffLjdA7HJ0PCOn+YYLBA0pTU/dyvrN6
Su8NuS5yubnt9mb13nDGYo1rnt0YRfxN+8DM3fXIVr038A30UlPX2Ou1ExFJT0MZ
uFKY6ZvLdI6/1cbgmguMlAhM+DhKyV6Sr5699LM3zqeI816pZmlREETYkGr91q7k
BpXJu/dtHaGxg1ZGu6w/PCsYGUcECWENYD4VQPd8N32JjOfu6vEgoEAwfPP+3oGp
Z4m3ewACcWOAenqflb+cQYC4PsF7qbXDmRaWrbKntOlZ3n0=
-----END CERTIFICATE-----
-----BEGIN CERTIFICATE-----
MIIGMTCCBBmgAwIBAgICEAAwDQYJKoZIhvcNAQELBQAwajELMAkGA1UEBhMCVVMx
CzAJBgNVBAgMAkNBMQswCQYDVQQHDAJDQTESMBAGA1UECgwJUmVkaXNMYWJzMS0w
KwYDVQQDDCRSZWRpc0xhYnMgUm9vdCBDZXJ0aWZpY2F0ZSBBdXRob3JpdHkwHhcN
MTgwMjI1MTUzNzM3WhcNMjgwMjIzMTUzNzM3WjBfMQswCQYDVQQGEwJVUzELMAkG
A1UECAwCQ0ExEjAQBgNVBAoMCVJlZGlzTGFiczEvMC0GA1UEAwwmUkNQIEludGVy
bWVkaWF0ZSBDZXJ0aWZpY2F0ZSBBdXRob3JpdHkwggIiMA0GCSqGSIb3DQEBAQUA
A4ICDwAwggIKAoICAQDf9dqbxc8Bq7Ctq9rWcxrGNKKHivqLAFpPq02yLPx6fsOv
Tq7GsDChAYBBc4v7Y2Ap9RD5Vs3dIhEANcnolf27QwrG9RMnnvzk8pCvp1o6zSU4
VuOE1W66/O1/7e2rVxyrnTcP7UgK43zNIXu7+tiAqWsO92uSnuMoGPGpeaUm1jym
hjWKtkAwDFSqvHY+XL5qDVBEjeUe+WHkYUg40cAXjusAqgm2hZt29c2wnVrxW25W
P0meNlzHGFdA2AC5z54iRiqj57dTfBTkHoBczQxcyw6hhzxZQ4e5I5zOKjXXEhZN
r0tA3YC14CTabKRus/JmZieyZzRgEy2oti64tmLYTqSlAD78pRL40VNoaSYetXLw
hhNsXCHgWaY6d5bLOc/aIQMAV5oLvZQKvuXAF1IDmhPA+bZbpWipp0zagf1P1H3s
UzsMdn2KM0ejzgotbtNlj5TcrVwpmvE3ktvUAuA+hi3FkVx1US+2Gsp5x4YOzJ7u
P1WPk6ShF0JgnJH2ILdj6kttTWwFzH17keSFICWDfH/+kM+k7Y1v3EXMQXE7y0T9
MjvJskz6d/nv+sQhY04xt64xFMGTnZjlJMzfQNi7zWFLTZnDD0lPowq7l3YiPoTT
t5Xky83lu0KZsZBo0WlWaDG00gLVdtRgVbcuSWxpi5BdLb1kRab66JptWjxwXQID
AQABo4HrMIHoMDoGA1UdHwQzMDEwL6AtoCuGKWh0dHBzOi8vcmwtY2Etc2VydmVy
LnJlZGlzbGFicy5jb20vdjEvY3JsMEYGCCsGAQUFBwEBBDowODA2BggrBgEFBQcw
AYYqaHR0cHM6Ly9ybC1jYS1zZXJ2ZXIucmVkaXNsYWJzLmNvbS92MS9vY3NwMB0G
A1UdDgQWBBQHar5OKvQUpP2qWt6mckzToeCOHDAfBgNVHSMEGDAWgBQi42wH6hM4
L2sujEvLM0/u8lRXTzASBgNVHRMBAf8ECDAGAQH/AgEAMA4GA1UdDwEB/wQEAwIB
hjANBgkqhkiG9w0BAQsFAAOCAgEAirEn/iTsAKyhd+pu2W3Z5NjCko4NPU0EYUbr
AP7+POK2rzjIrJO3nFYQ/LLuC7KCXG+2qwan2SAOGmqWst13Y+WHp44Kae0kaChW
vcYLXXSoGQGC8QuFSNUdaeg3RbMDYFT04dOkqufeWVccoHVxyTSg9eD8LZuHn5jw
7QDLiEECBmIJHk5Eeo2TAZrx4Yx6ufSUX5HeVjlAzqwtAqdt99uCJ/EL8bgpWbe+
XoSpvUv0SEC1I1dCAhCKAvRlIOA6VBcmzg5Am12KzkqTul12/VEFIgzqu0Zy2Jbc
AUPrYVu/+tOGXQaijy7YgwH8P8n3s7ZeUa1VABJHcxrxYduDDJBLZi+MjheUDaZ1
jQRHYevI2tlqeSBqdPKG4zBY5lS0GiAlmuze5oENt0P3XboHoZPHiqcK3VECgTVh
/BkJcuudETSJcZDmQ8YfoKfBzRQNg2sv/hwvUv73Ss51Sco8GEt2lD8uEdib1Q6z
zDT5lXJowSzOD5ZA9OGDjnSRL+2riNtKWKEqvtEG3VBJoBzu9GoxbAc7wIZLxmli
iF5a/Zf5X+UXD3s4TMmy6C4QZJpAA2egsSQCnraWO2ULhh7iXMysSkF/nzVfZn43
iqpaB8++9a37hWq14ZmOv0TJIDz//b2+KC4VFXWQ5W5QC6whsjT+OlG4p5ZYG0jo
616pxqo=
-----END CERTIFICATE-----
-----BEGIN CERTIFICATE-----
MIIFujCCA6KgAwIBAgIJAJ1aTT1lu2ScMA0GCSqGSIb3DQEBCwUAMGoxCzAJBgNV
BAYTAlVTMQswCQYDVQQIDAJDQTELMAkGA1UEBwwCQ0ExEjAQBgNVBAoMCVJlZGlz
TGFiczEtMCsGA1UEAwwkUmVkaXNMYWJzIFJvb3QgQ2VydGlmaWNhdGUgQXV0aG9y
aXR5MB4XDTE4MDIyNTE1MjA0MloXDTM4MDIyMDE1MjA0MlowajELMAkGA1UEBhMC
VVMxCzAJBgNVBAgMAkNBMQswCQYDVQQHDAJDQTESMBAGA1UECgwJUmVkaXNMYWJz
MS0wKwYDVQQDDCRSZWRpc0xhYnMgUm9vdCBDZXJ0aWZpY2F0ZSBBdXRob3JpdHkw
ggIiMA0GCSqGSIb3DQEBAQUAA4ICDwAwggIKAoICAQDLEjXy7YrbN5Waau5cd6g1
G5C2tMmeTpZ0duFAPxNU4oE3RHS5gGiok346fUXuUxbZ6QkuzeN2/2Z+RmRcJhQY
Dm0ZgdG4x59An1TJfnzKKoWj8ISmoHS/TGNBdFzXV7FYNLBuqZouqePI6ReC6Qhl
pp45huV32Q3a6IDrrvx7Wo5ZczEQeFNbCeCOQYNDdTmCyEkHqc2AGo8eoIlSTutT
ULOC7R5gzJVTS0e1hesQ7jmqHjbO+VQS1NAL4/5K6cuTEqUl+XhVhPdLWBXJQ5ag
54qhX4v+ojLzeU1R/Vc6NjMvVtptWY6JihpgplprN0Yh2556ewcXMeturcKgXfGJ
xeYzsjzXerEjrVocX5V8BNrg64NlifzTMKNOOv4fVZszq1SIHR8F9ROrqiOdh8iC
JpUbLpXH9hWCSEO6VRMB2xJoKu3cgl63kF30s77x7wLFMEHiwsQRKxooE1UhgS9K
2sO4TlQ1eWUvFvHSTVDQDlGQ6zu4qjbOpb3Q8bQwoK+ai2alkXVR4Ltxe9QlgYK3
StsnPhruzZGA0wbXdpw0bnM+YdlEm5ffSTpNIfgHeaa7Dtb801FtA71ZlH7A6TaI
SIQuUST9EKmv7xrJyx0W1pGoPOLw5T029aTjnICSLdtV9bLwysrLhIYG5bnPq78B
cS+jZHFGzD7PUVGQD01nOQIDAQABo2MwYTAdBgNVHQ4EFgQUIuNsB+oTOC9rLoxL
yzNP7vJUV08wHwYDVR0jBBgwFoAUIuNsB+oTOC9rLoxLyzNP7vJUV08wDwYDVR0T
AQH/BAUwAwEB/zAOBgNVHQ8BAf8EBAMCAYYwDQYJKoZIhvcNAQELBQADggIBAHfg
z5pMNUAKdMzK1aS1EDdK9yKz4qicILz5czSLj1mC7HKDRy8cVADUxEICis++CsCu
rYOvyCVergHQLREcxPq4rc5Nq1uj6J6649NEeh4WazOOjL4ZfQ1jVznMbGy+fJm3
3Hoelv6jWRG9iqeJZja7/1s6YC6bWymI/OY1e4wUKeNHAo+Vger7MlHV+RuabaX+
hSJ8bJAM59NCM7AgMTQpJCncrcdLeceYniGy5Q/qt2b5mJkQVkIdy4TPGGB+AXDJ
D0q3I/JDRkDUFNFdeW0js7fHdsvCR7O3tJy5zIgEV/o/BCkmJVtuwPYOrw/yOlKj
TY/U7ATAx9VFF6/vYEOMYSmrZlFX+98L6nJtwDqfLB5VTltqZ4H/KBxGE3IRSt9l
FXy40U+LnXzhhW+7VBAvyYX8GEXhHkKU8Gqk1xitrqfBXY74xKgyUSTolFSfFVgj
mcM/X4K45bka+qpkj7Kfv/8D4j6aZekwhN2ly6hhC1SmQ8qjMjpG/mrWOSSHZFmf
ybu9iD2AYHeIOkshIl6xYIa++Q/00/vs46IzAbQyriOi0XxlSMMVtPx0Q3isp+ji
n8Mq9eOuxYOEQ4of8twUkUDd528iwGtEdwf0Q01UyT84S62N8AySl1ZBKXJz6W4F
UhWfa/HQYOAPDdEjNgnVwLI23b8t0TozyCWw7q8h
-----END CERTIFICATE-----

-----BEGIN CERTIFICATE-----
MIIEjzCCA3egAwIBAgIQe55B/ALCKJDZtdNT8kD6hTANBgkqhkiG9w0BAQsFADBM
MSAwHgYDVQQLExdHbG9iYWxTaWduIFJvb3QgQ0EgLSBSMzETMBEGA1UEChMKR2xv
YmFsU2lnbjETMBEGA1UEAxMKR2xvYmFsU2lnbjAeFw0yMjAxMjYxMjAwMDBaFw0y
NTAxMjYwMDAwMDBaMFgxCzAJBgNVBAYTAkJFMRkwFwYDVQQKExBHbG9iYWxTaWdu
IG52LXNhMS4wLAYDVQQDEyVHbG9iYWxTaWduIEF0bGFzIFIzIE9WIFRMUyBDQSAy
MDIyIFEyMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAmGmg1LW9b7Lf
8zDD83yBDTEkt+FOxKJZqF4veWc5KZsQj9HfnUS2e5nj/E+JImlGPsQuoiosLuXD
BVBNAMcUFa11buFMGMeEMwiTmCXoXRrXQmH0qjpOfKgYc5gHG3BsRGaRrf7VR4eg
ofNMG9wUBw4/g/TT7+bQJdA4NfE7Y4d5gEryZiBGB/swaX6Jp/8MF4TgUmOWmalK
dZCKyb4sPGQFRTtElk67F7vU+wdGcrcOx1tDcIB0ncjLPMnaFicagl+daWGsKqTh
counQb6QJtYHa91KvCfKWocMxQ7OIbB5UARLPmC4CJ1/f8YFm35ebfzAeULYdGXu
jE9CLor0OwIDAQABo4IBXzCCAVswDgYDVR0PAQH/BAQDAgGGMB0GA1UdJQQWMBQG
CCsGAQUFBwMBBggrBgEFBQcDAjASBgNVHRMBAf8ECDAGAQH/AgEAMB0GA1UdDgQW
BBSH5Zq7a7B/t95GfJWkDBpA8HHqdjAfBgNVHSMEGDAWgBSP8Et/qC5FJK5NUPpj
move4t0bvDB7BggrBgEFBQcBAQRvMG0wLgYIKwYBBQUHMAGGImh0dHA6Ly9vY3Nw
Mi5nbG9iYWxzaWduLmNvbS9yb290cjMwOwYIKwYBBQUHMAKGL2h0dHA6Ly9zZWN1
cmUuZ2xvYmFsc2lnbi5jb20vY2FjZXJ0L3Jvb3QtcjMuY3J0MDYGA1UdHwQvMC0w
K6ApoCeGJWh0dHA6Ly9jcmwuZ2xvYmFsc2lnbi5jb20vcm9vdC1yMy5jcmwwIQYD
VR0gBBowGDAIBgZngQwBAgIwDAYKKwYBBAGgMgoBAjANBgkqhkiG9w0BAQsFAAOC
AQEAKRic9/f+nmhQU/wz04APZLjgG5OgsuUOyUEZjKVhNGDwxGTvKhyXGGAMW2B/
3bRi+aElpXwoxu3pL6fkElbX3B0BeS5LoDtxkyiVEBMZ8m+sXbocwlPyxrPbX6mY
0rVIvnuUeBH8X0L5IwfpNVvKnBIilTbcebfHyXkPezGwz7E1yhUULjJFm2bt0SdX
y+4X/WeiiYIv+fTVgZZgl+/2MKIsu/qdBJc3f3TvJ8nz+Eax1zgZmww+RSQWeOj3
15Iw6Z5FX+NwzY/Ab+9PosR5UosSeq+9HhtaxZttXG1nVh+avYPGYddWmiMT90J5
ZgKnO/Fx2hBgTxhOTMYaD312kg==
-----END CERTIFICATE-----

-----BEGIN CERTIFICATE-----
MIIDXzCCAkegAwIBAgILBAAAAAABIVhTCKIwDQYJKoZIhvcNAQELBQAwTDEgMB4G
A1UECxMXR2xvYmFsU2lnbiBSb290IENBIC0gUjMxEzARBgNVBAoTCkdsb2JhbFNp
Z24xEzARBgNVBAMTCkdsb2JhbFNpZ24wHhcNMDkwMzE4MTAwMDAwWhcNMjkwMzE4
MTAwMDAwWjBMMSAwHgYDVQQLExdHbG9iYWxTaWduIFJvb3QgQ0EgLSBSMzETMBEG
A1UEChMKR2xvYmFsU2lnbjETMBEGA1UEAxMKR2xvYmFsU2lnbjCCASIwDQYJKoZI
hvcNAQEBBQADggEPADCCAQoCggEBAMwldpB5BngiFvXAg7aEyiie/QV2EcWtiHL8
RgJDx7KKnQRfJMsuS+FggkbhUqsMgUdwbN1k0ev1LKMPgj0MK66X17YUhhB5uzsT
gHeMCOFJ0mpiLx9e+pZo34knlTifBtc+ycsmWQ1z3rDI6SYOgxXG71uL0gRgykmm
KPZpO/bLyCiR5Z2KYVc3rHQU3HTgOu5yLy6c+9C7v/U9AOEGM+iCK65TpjoWc4zd
QQ4gOsC0p6Hpsk+QLjJg6VfLuQSSaGjlOCZgdbKfd/+RFO+uIEn8rUAVSNECMWEZ
XriX7613t2Saer9fwRPvm2L7DWzgVGkWqQPabumDk3F2xmmFghcCAwEAAaNCMEAw
DgYDVR0PAQH/BAQDAgEGMA8GA1UdEwEB/wQFMAMBAf8wHQYDVR0OBBYEFI/wS3+o
LkUkrk1Q+mOai97i3Ru8MA0GCSqGSIb3DQEBCwUAA4IBAQBLQNvAUKr+yAzv95ZU
RUm7lgAJQayzE4aGKAczymvmdLm6AC2upArT9fHxD4q/c2dKg8dEe3jgr25sbwMp
jjM5RcOO5LlXbKr8EpbsU8Yt5CRsuZRj+9xTaGdWPoO4zzUhw8lo/s7awlOqzJCK
6fBdRoyV3XpYKBovHd7NADdBj+1EbddTKJd+82cEHhXXipa0095MJ6RMG3NzdvQX
mcIfeg7jLQitChws/zyrVQ4PkX4268NXSb7hLi18YIvDQVETI53O9zJrlAGomecs
Mx86OyXShkDOOyyGeMlhLxS67ttVb9+E7gUJTb0o2HLO02JQZR7rkpeDMdmztcpH
WD9f
-----END CERTIFICATE-----`, TLSProfiles = {
      RedisCloudFixed: { ca: RedisCloudCA },
      RedisCloudFlexible: { ca: RedisCloudCA }
    };
    exports.default = TLSProfiles;
  }
});

// node_modules/ioredis/built/utils/index.js
var require_utils2 = __commonJS({
  "node_modules/ioredis/built/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.noop = exports.isArguments = exports.defaults = exports.Debug = exports.getPackageMeta = exports.zipMap = exports.CONNECTION_CLOSED_ERROR_MSG = exports.shuffle = exports.sample = exports.resolveTLSProfile = exports.parseURL = exports.optimizeErrorStack = exports.toArg = exports.convertMapToArray = exports.convertObjectToArray = exports.timeout = exports.packObject = exports.isInt = exports.wrapMultiResult = exports.convertBufferToString = void 0;
    var fs_1 = __require("fs"), path_1 = __require("path"), lodash_1 = require_lodash();
    Object.defineProperty(exports, "defaults", { enumerable: !0, get: function() {
      return lodash_1.defaults;
    } });
    Object.defineProperty(exports, "isArguments", { enumerable: !0, get: function() {
      return lodash_1.isArguments;
    } });
    Object.defineProperty(exports, "noop", { enumerable: !0, get: function() {
      return lodash_1.noop;
    } });
    var debug_1 = require_debug();
    exports.Debug = debug_1.default;
    var TLSProfiles_1 = require_TLSProfiles();
    function convertBufferToString(value, encoding) {
      if (value instanceof Buffer)
        return value.toString(encoding);
      if (Array.isArray(value)) {
        let length = value.length, res = Array(length);
        for (let i = 0; i < length; ++i)
          res[i] = value[i] instanceof Buffer && encoding === "utf8" ? value[i].toString() : convertBufferToString(value[i], encoding);
        return res;
      }
      return value;
    }
    exports.convertBufferToString = convertBufferToString;
    function wrapMultiResult(arr) {
      if (!arr)
        return null;
      let result = [], length = arr.length;
      for (let i = 0; i < length; ++i) {
        let item = arr[i];
        item instanceof Error ? result.push([item]) : result.push([null, item]);
      }
      return result;
    }
    exports.wrapMultiResult = wrapMultiResult;
    function isInt(value) {
      let x = parseFloat(value);
      return !isNaN(value) && (x | 0) === x;
    }
    exports.isInt = isInt;
    function packObject(array) {
      let result = {}, length = array.length;
      for (let i = 1; i < length; i += 2)
        result[array[i - 1]] = array[i];
      return result;
    }
    exports.packObject = packObject;
    function timeout(callback, timeout2) {
      let timer = null, run = function() {
        timer && (clearTimeout(timer), timer = null, callback.apply(this, arguments));
      };
      return timer = setTimeout(run, timeout2, new Error("timeout")), run;
    }
    exports.timeout = timeout;
    function convertObjectToArray(obj) {
      let result = [], keys = Object.keys(obj);
      for (let i = 0, l = keys.length; i < l; i++)
        result.push(keys[i], obj[keys[i]]);
      return result;
    }
    exports.convertObjectToArray = convertObjectToArray;
    function convertMapToArray(map) {
      let result = [], pos = 0;
      return map.forEach(function(value, key) {
        result[pos] = key, result[pos + 1] = value, pos += 2;
      }), result;
    }
    exports.convertMapToArray = convertMapToArray;
    function toArg(arg) {
      return arg === null || typeof arg > "u" ? "" : String(arg);
    }
    exports.toArg = toArg;
    function optimizeErrorStack(error, friendlyStack, filterPath) {
      let stacks = friendlyStack.split(`
`), lines = "", i;
      for (i = 1; i < stacks.length && stacks[i].indexOf(filterPath) !== -1; ++i)
        ;
      for (let j = i; j < stacks.length; ++j)
        lines += `
` + stacks[j];
      if (error.stack) {
        let pos = error.stack.indexOf(`
`);
        error.stack = error.stack.slice(0, pos) + lines;
      }
      return error;
    }
    exports.optimizeErrorStack = optimizeErrorStack;
    function parseURL(url) {
      if (isInt(url))
        return { port: url };
      let rawUrl = url, hasProtocol = /^rediss?:\/\//i.test(rawUrl), isProtocolRelative = rawUrl.startsWith("//");
      if (rawUrl[0] === "/" && !isProtocolRelative) {
        let qIdx = rawUrl.indexOf("?"), result2 = {
          path: qIdx === -1 ? rawUrl : rawUrl.slice(0, qIdx)
        };
        if (qIdx !== -1) {
          let options2 = {};
          new URLSearchParams(rawUrl.slice(qIdx + 1)).forEach((value, key) => {
            options2[key] = parseURLQueryItem(key, value);
          }), (0, lodash_1.defaults)(result2, options2);
        }
        return result2;
      }
      let parsed;
      hasProtocol ? parsed = new URL(rawUrl) : isProtocolRelative ? parsed = new URL("redis:" + rawUrl) : parsed = new URL("redis://" + rawUrl);
      let options = {};
      parsed.searchParams.forEach((value, key) => {
        options[key] = parseURLQueryItem(key, value);
      });
      let result = {};
      return (parsed.username || parsed.password) && (result.username = decodeURIComponent(parsed.username), result.password = decodeURIComponent(parsed.password)), parsed.pathname && parsed.pathname !== "/" && (hasProtocol || isProtocolRelative ? parsed.pathname.length > 1 && (result.db = parsed.pathname.slice(1)) : result.path = parsed.pathname), parsed.hostname && (result.host = parsed.hostname.replace(/^\[|\]$/g, "")), parsed.port && (result.port = parsed.port), (0, lodash_1.defaults)(result, options), result;
    }
    exports.parseURL = parseURL;
    function parseURLQueryItem(key, value) {
      if (key === "family") {
        let intFamily = Number.parseInt(value, 10);
        if (!Number.isNaN(intFamily))
          return intFamily;
      }
      return value;
    }
    function resolveTLSProfile(options) {
      let tls2 = options?.tls;
      typeof tls2 == "string" && (tls2 = { profile: tls2 });
      let profile = TLSProfiles_1.default[tls2?.profile];
      return profile && (tls2 = Object.assign({}, profile, tls2), delete tls2.profile, options = Object.assign({}, options, { tls: tls2 })), options;
    }
    exports.resolveTLSProfile = resolveTLSProfile;
    function sample(array, from = 0) {
      let length = array.length;
      return from >= length ? null : array[from + Math.floor(Math.random() * (length - from))];
    }
    exports.sample = sample;
    function shuffle(array) {
      let counter = array.length;
      for (; counter > 0; ) {
        let index = Math.floor(Math.random() * counter);
        counter--, [array[counter], array[index]] = [array[index], array[counter]];
      }
      return array;
    }
    exports.shuffle = shuffle;
    exports.CONNECTION_CLOSED_ERROR_MSG = "Connection is closed.";
    function zipMap(keys, values) {
      let map = /* @__PURE__ */ new Map();
      return keys.forEach((key, index) => {
        map.set(key, values[index]);
      }), map;
    }
    exports.zipMap = zipMap;
    var cachedPackageMeta = null;
    async function getPackageMeta() {
      if (cachedPackageMeta)
        return cachedPackageMeta;
      try {
        let filePath = (0, path_1.resolve)(__dirname, "..", "..", "package.json"), data = await fs_1.promises.readFile(filePath, "utf8");
        return cachedPackageMeta = {
          version: JSON.parse(data).version
        }, cachedPackageMeta;
      } catch {
        return cachedPackageMeta = {
          version: "error-fetching-version"
        }, cachedPackageMeta;
      }
    }
    exports.getPackageMeta = getPackageMeta;
  }
});

// node_modules/ioredis/built/utils/argumentParsers.js
var require_argumentParsers = __commonJS({
  "node_modules/ioredis/built/utils/argumentParsers.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.parseBlockOption = exports.parseSecondsArgument = void 0;
    var parseNumberArgument = (arg) => {
      if (typeof arg == "number")
        return arg;
      if (Buffer.isBuffer(arg))
        return parseNumberArgument(arg.toString());
      if (typeof arg == "string") {
        let value = Number(arg);
        return Number.isFinite(value) ? value : void 0;
      }
    }, parseStringArgument = (arg) => {
      if (typeof arg == "string")
        return arg;
      if (Buffer.isBuffer(arg))
        return arg.toString();
    }, parseSecondsArgument = (arg) => {
      let value = parseNumberArgument(arg);
      if (value !== void 0)
        return value <= 0 ? 0 : value * 1e3;
    };
    exports.parseSecondsArgument = parseSecondsArgument;
    var parseBlockOption = (args) => {
      for (let i = 0; i < args.length; i++) {
        let token = parseStringArgument(args[i]);
        if (token && token.toLowerCase() === "block") {
          let duration = parseNumberArgument(args[i + 1]);
          return duration === void 0 ? void 0 : duration <= 0 ? 0 : duration;
        }
      }
      return null;
    };
    exports.parseBlockOption = parseBlockOption;
  }
});

// node_modules/ioredis/built/Command.js
var require_Command = __commonJS({
  "node_modules/ioredis/built/Command.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var commands_1 = require_built(), calculateSlot = require_lib(), standard_as_callback_1 = require_built2(), utils_1 = require_utils2(), argumentParsers_1 = require_argumentParsers(), Command = class _Command {
      /**
       * Creates an instance of Command.
       * @param name Command name
       * @param args An array of command arguments
       * @param options
       * @param callback The callback that handles the response.
       * If omit, the response will be handled via Promise
       */
      constructor(name, args = [], options = {}, callback) {
        if (this.name = name, this.inTransaction = !1, this.isTraced = !1, this.isResolved = !1, this.transformed = !1, this.replyEncoding = options.replyEncoding, this.errorStack = options.errorStack, this.args = args.flat(), this.callback = callback, this.initPromise(), options.keyPrefix) {
          let isBufferKeyPrefix = options.keyPrefix instanceof Buffer, keyPrefixBuffer = isBufferKeyPrefix ? options.keyPrefix : null;
          this._iterateKeys((key) => key instanceof Buffer ? (keyPrefixBuffer === null && (keyPrefixBuffer = Buffer.from(options.keyPrefix)), Buffer.concat([keyPrefixBuffer, key])) : isBufferKeyPrefix ? Buffer.concat([options.keyPrefix, Buffer.from(String(key))]) : options.keyPrefix + key);
        }
        options.readOnly && (this.isReadOnly = !0);
      }
      /**
       * Check whether the command has the flag
       */
      static checkFlag(flagName, commandName) {
        return commandName = commandName.toLowerCase(), !!this.getFlagMap()[flagName][commandName];
      }
      static setArgumentTransformer(name, func) {
        this._transformer.argument[name] = func;
      }
      static setReplyTransformer(name, func) {
        this._transformer.reply[name] = func;
      }
      static getFlagMap() {
        return this.flagMap || (this.flagMap = Object.keys(_Command.FLAGS).reduce((map, flagName) => (map[flagName] = {}, _Command.FLAGS[flagName].forEach((commandName) => {
          map[flagName][commandName] = !0;
        }), map), {})), this.flagMap;
      }
      getSlot() {
        if (typeof this.slot > "u") {
          let key = this.getKeys()[0];
          this.slot = key == null ? null : calculateSlot(key);
        }
        return this.slot;
      }
      getKeys() {
        return this._iterateKeys();
      }
      /**
       * Convert command to writable buffer or string
       */
      toWritable(_socket) {
        let result, commandStr = "*" + (this.args.length + 1) + `\r
$` + Buffer.byteLength(this.name) + `\r
` + this.name + `\r
`;
        if (this.bufferMode) {
          let buffers = new MixedBuffers();
          buffers.push(commandStr);
          for (let i = 0; i < this.args.length; ++i) {
            let arg = this.args[i];
            arg instanceof Buffer ? arg.length === 0 ? buffers.push(`$0\r
\r
`) : (buffers.push("$" + arg.length + `\r
`), buffers.push(arg), buffers.push(`\r
`)) : buffers.push("$" + Buffer.byteLength(arg) + `\r
` + arg + `\r
`);
          }
          result = buffers.toBuffer();
        } else {
          result = commandStr;
          for (let i = 0; i < this.args.length; ++i) {
            let arg = this.args[i];
            result += "$" + Buffer.byteLength(arg) + `\r
` + arg + `\r
`;
          }
        }
        return result;
      }
      stringifyArguments() {
        for (let i = 0; i < this.args.length; ++i) {
          let arg = this.args[i];
          typeof arg == "string" || (arg instanceof Buffer ? this.bufferMode = !0 : this.args[i] = (0, utils_1.toArg)(arg));
        }
      }
      /**
       * Convert buffer/buffer[] to string/string[],
       * and apply reply transformer.
       */
      transformReply(result) {
        this.replyEncoding && (result = (0, utils_1.convertBufferToString)(result, this.replyEncoding));
        let transformer = _Command._transformer.reply[this.name];
        return transformer && (result = transformer(result)), result;
      }
      /**
       * Set the wait time before terminating the attempt to execute a command
       * and generating an error.
       */
      setTimeout(ms) {
        this._commandTimeoutTimer || (this._commandTimeoutTimer = setTimeout(() => {
          this.isResolved || this.reject(new Error("Command timed out"));
        }, ms));
      }
      /**
       * Set a timeout for blocking commands.
       * When the timeout expires, the command resolves with null (matching Redis behavior).
       * This handles the case of undetectable network failures (e.g., docker network disconnect)
       * where the TCP connection becomes a zombie and no close event fires.
       */
      setBlockingTimeout(ms) {
        if (ms <= 0)
          return;
        this._blockingTimeoutTimer && (clearTimeout(this._blockingTimeoutTimer), this._blockingTimeoutTimer = void 0);
        let now = Date.now();
        this._blockingDeadline === void 0 && (this._blockingDeadline = now + ms);
        let remaining = this._blockingDeadline - now;
        if (remaining <= 0) {
          this.resolve(null);
          return;
        }
        this._blockingTimeoutTimer = setTimeout(() => {
          if (this.isResolved) {
            this._blockingTimeoutTimer = void 0;
            return;
          }
          this._blockingTimeoutTimer = void 0, this.resolve(null);
        }, remaining);
      }
      /**
       * Extract the blocking timeout from the command arguments.
       *
       * @returns The timeout in seconds, null for indefinite blocking (timeout of 0),
       *          or undefined if this is not a blocking command
       */
      extractBlockingTimeout() {
        let args = this.args;
        if (!args || args.length === 0)
          return;
        let name = this.name.toLowerCase();
        if (_Command.checkFlag("LAST_ARG_TIMEOUT_COMMANDS", name))
          return (0, argumentParsers_1.parseSecondsArgument)(args[args.length - 1]);
        if (_Command.checkFlag("FIRST_ARG_TIMEOUT_COMMANDS", name))
          return (0, argumentParsers_1.parseSecondsArgument)(args[0]);
        if (_Command.checkFlag("BLOCK_OPTION_COMMANDS", name))
          return (0, argumentParsers_1.parseBlockOption)(args);
      }
      /**
       * Clear the command and blocking timers
       */
      _clearTimers() {
        let existingTimer = this._commandTimeoutTimer;
        existingTimer && (clearTimeout(existingTimer), delete this._commandTimeoutTimer);
        let blockingTimer = this._blockingTimeoutTimer;
        blockingTimer && (clearTimeout(blockingTimer), delete this._blockingTimeoutTimer);
      }
      initPromise() {
        let promise = new Promise((resolve, reject) => {
          if (!this.transformed) {
            this.transformed = !0;
            let transformer = _Command._transformer.argument[this.name];
            transformer && (this.args = transformer(this.args)), this.stringifyArguments();
          }
          this.resolve = this._convertValue(resolve), this.reject = (err) => {
            this._clearTimers(), this.errorStack ? reject((0, utils_1.optimizeErrorStack)(err, this.errorStack.stack, __dirname)) : reject(err);
          };
        });
        this.promise = (0, standard_as_callback_1.default)(promise, this.callback);
      }
      /**
       * Iterate through the command arguments that are considered keys.
       */
      _iterateKeys(transform = (key) => key) {
        if (typeof this.keys > "u" && (this.keys = [], (0, commands_1.exists)(this.name, { caseInsensitive: !0 }))) {
          let keyIndexes = (0, commands_1.getKeyIndexes)(this.name, this.args, {
            nameCaseInsensitive: !0
          });
          for (let index of keyIndexes)
            this.args[index] = transform(this.args[index]), this.keys.push(this.args[index]);
        }
        return this.keys;
      }
      /**
       * Convert the value from buffer to the target encoding.
       */
      _convertValue(resolve) {
        return (value) => {
          try {
            this._clearTimers(), resolve(this.transformReply(value)), this.isResolved = !0;
          } catch (err) {
            this.reject(err);
          }
          return this.promise;
        };
      }
    };
    exports.default = Command;
    Command.FLAGS = {
      VALID_IN_SUBSCRIBER_MODE: [
        "subscribe",
        "psubscribe",
        "unsubscribe",
        "punsubscribe",
        "ssubscribe",
        "sunsubscribe",
        "ping",
        "quit"
      ],
      VALID_IN_MONITOR_MODE: ["monitor", "auth"],
      ENTER_SUBSCRIBER_MODE: ["subscribe", "psubscribe", "ssubscribe"],
      EXIT_SUBSCRIBER_MODE: ["unsubscribe", "punsubscribe", "sunsubscribe"],
      WILL_DISCONNECT: ["quit"],
      HANDSHAKE_COMMANDS: ["auth", "select", "client", "readonly", "info"],
      IGNORE_RECONNECT_ON_ERROR: ["client"],
      BLOCKING_COMMANDS: [
        "blpop",
        "brpop",
        "brpoplpush",
        "blmove",
        "bzpopmin",
        "bzpopmax",
        "bzmpop",
        "blmpop",
        "xread",
        "xreadgroup"
      ],
      LAST_ARG_TIMEOUT_COMMANDS: [
        "blpop",
        "brpop",
        "brpoplpush",
        "blmove",
        "bzpopmin",
        "bzpopmax"
      ],
      FIRST_ARG_TIMEOUT_COMMANDS: ["bzmpop", "blmpop"],
      BLOCK_OPTION_COMMANDS: ["xread", "xreadgroup"]
    };
    Command._transformer = {
      argument: {},
      reply: {}
    };
    var msetArgumentTransformer = function(args) {
      if (args.length === 1) {
        if (args[0] instanceof Map)
          return (0, utils_1.convertMapToArray)(args[0]);
        if (typeof args[0] == "object" && args[0] !== null)
          return (0, utils_1.convertObjectToArray)(args[0]);
      }
      return args;
    }, hsetArgumentTransformer = function(args) {
      if (args.length === 2) {
        if (args[1] instanceof Map)
          return [args[0]].concat((0, utils_1.convertMapToArray)(args[1]));
        if (typeof args[1] == "object" && args[1] !== null)
          return [args[0]].concat((0, utils_1.convertObjectToArray)(args[1]));
      }
      return args;
    };
    Command.setArgumentTransformer("mset", msetArgumentTransformer);
    Command.setArgumentTransformer("msetnx", msetArgumentTransformer);
    Command.setArgumentTransformer("hset", hsetArgumentTransformer);
    Command.setArgumentTransformer("hmset", hsetArgumentTransformer);
    Command.setReplyTransformer("hgetall", function(result) {
      if (Array.isArray(result)) {
        let obj = {};
        for (let i = 0; i < result.length; i += 2) {
          let key = result[i], value = result[i + 1];
          key in obj ? Object.defineProperty(obj, key, {
            value,
            configurable: !0,
            enumerable: !0,
            writable: !0
          }) : obj[key] = value;
        }
        return obj;
      }
      return result;
    });
    var MixedBuffers = class {
      constructor() {
        this.length = 0, this.items = [];
      }
      push(x) {
        this.length += Buffer.byteLength(x), this.items.push(x);
      }
      toBuffer() {
        let result = Buffer.allocUnsafe(this.length), offset = 0;
        for (let item of this.items) {
          let length = Buffer.byteLength(item);
          Buffer.isBuffer(item) ? item.copy(result, offset) : result.write(item, offset, length), offset += length;
        }
        return result;
      }
    };
  }
});

// node_modules/ioredis/built/errors/ClusterAllFailedError.js
var require_ClusterAllFailedError = __commonJS({
  "node_modules/ioredis/built/errors/ClusterAllFailedError.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var redis_errors_1 = require_redis_errors(), ClusterAllFailedError = class extends redis_errors_1.RedisError {
      constructor(message, lastNodeError) {
        super(message), this.lastNodeError = lastNodeError, Error.captureStackTrace(this, this.constructor);
      }
      get name() {
        return this.constructor.name;
      }
    };
    exports.default = ClusterAllFailedError;
    ClusterAllFailedError.defaultMessage = "Failed to refresh slots cache.";
  }
});

// node_modules/ioredis/built/ScanStream.js
var require_ScanStream = __commonJS({
  "node_modules/ioredis/built/ScanStream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var stream_1 = __require("stream"), ScanStream = class extends stream_1.Readable {
      constructor(opt) {
        super(opt), this.opt = opt, this._redisCursor = "0", this._redisDrained = !1;
      }
      _read() {
        if (this._redisDrained) {
          this.push(null);
          return;
        }
        let args = [this._redisCursor];
        this.opt.key && args.unshift(this.opt.key), this.opt.match && args.push("MATCH", this.opt.match), this.opt.type && args.push("TYPE", this.opt.type), this.opt.count && args.push("COUNT", String(this.opt.count)), this.opt.noValues && args.push("NOVALUES"), this.opt.redis[this.opt.command](args, (err, res) => {
          if (err) {
            this.emit("error", err);
            return;
          }
          this._redisCursor = res[0] instanceof Buffer ? res[0].toString() : res[0], this._redisCursor === "0" && (this._redisDrained = !0), this.push(res[1]);
        });
      }
      close() {
        this._redisDrained = !0;
      }
    };
    exports.default = ScanStream;
  }
});

// node_modules/ioredis/built/autoPipelining.js
var require_autoPipelining = __commonJS({
  "node_modules/ioredis/built/autoPipelining.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.executeWithAutoPipelining = exports.getFirstValueInFlattenedArray = exports.shouldUseAutoPipelining = exports.notAllowedAutoPipelineCommands = exports.kCallbacks = exports.kExec = void 0;
    var lodash_1 = require_lodash(), calculateSlot = require_lib(), standard_as_callback_1 = require_built2(), commands_1 = require_built();
    exports.kExec = /* @__PURE__ */ Symbol("exec");
    exports.kCallbacks = /* @__PURE__ */ Symbol("callbacks");
    exports.notAllowedAutoPipelineCommands = [
      "auth",
      "info",
      "script",
      "quit",
      "cluster",
      "pipeline",
      "multi",
      "subscribe",
      "psubscribe",
      "unsubscribe",
      "unpsubscribe",
      "select",
      "client"
    ];
    function executeAutoPipeline(client, slotKey) {
      if (client._runningAutoPipelines.has(slotKey) || !client._autoPipelines.has(slotKey))
        return;
      client._runningAutoPipelines.add(slotKey);
      let pipeline = client._autoPipelines.get(slotKey);
      client._autoPipelines.delete(slotKey);
      let callbacks = pipeline[exports.kCallbacks];
      pipeline[exports.kCallbacks] = null, pipeline.exec(function(err, results) {
        if (client._runningAutoPipelines.delete(slotKey), err)
          for (let i = 0; i < callbacks.length; i++)
            process.nextTick(callbacks[i], err);
        else
          for (let i = 0; i < callbacks.length; i++)
            process.nextTick(callbacks[i], ...results[i]);
        client._autoPipelines.has(slotKey) && executeAutoPipeline(client, slotKey);
      });
    }
    function shouldUseAutoPipelining(client, functionName, commandName) {
      return functionName && client.options.enableAutoPipelining && !client.isPipeline && !exports.notAllowedAutoPipelineCommands.includes(commandName) && !client.options.autoPipeliningIgnoredCommands.includes(commandName);
    }
    exports.shouldUseAutoPipelining = shouldUseAutoPipelining;
    function getFirstValueInFlattenedArray(args) {
      for (let i = 0; i < args.length; i++) {
        let arg = args[i];
        if (typeof arg == "string")
          return arg;
        if (Array.isArray(arg) || (0, lodash_1.isArguments)(arg)) {
          if (arg.length === 0)
            continue;
          return arg[0];
        }
        let flattened = [arg].flat();
        if (flattened.length > 0)
          return flattened[0];
      }
    }
    exports.getFirstValueInFlattenedArray = getFirstValueInFlattenedArray;
    function getFirstKeyForCommand(commandName, args) {
      if ((0, commands_1.exists)(commandName, { caseInsensitive: !0 })) {
        let flattenedArgs = args.flat(), keyIndexes = (0, commands_1.getKeyIndexes)(commandName, flattenedArgs, {
          nameCaseInsensitive: !0
        });
        if (keyIndexes.length)
          return flattenedArgs[keyIndexes[0]];
      }
      return getFirstValueInFlattenedArray(args);
    }
    function executeWithAutoPipelining(client, functionName, commandName, args, callback) {
      if (client.isCluster && !client.slots.length)
        return client.status === "wait" && client.connect().catch(lodash_1.noop), (0, standard_as_callback_1.default)(new Promise(function(resolve, reject) {
          client.delayUntilReady((err) => {
            if (err) {
              reject(err);
              return;
            }
            executeWithAutoPipelining(client, functionName, commandName, args, null).then(resolve, reject);
          });
        }), callback);
      let prefix = client.options.keyPrefix || "", slotKey = client.isCluster ? client.slots[calculateSlot(`${prefix}${getFirstKeyForCommand(commandName, args)}`)].join(",") : "main";
      if (client.isCluster && client.options.scaleReads !== "master") {
        let isReadOnly = (0, commands_1.exists)(commandName) && (0, commands_1.hasFlag)(commandName, "readonly");
        slotKey += isReadOnly ? ":read" : ":write";
      }
      if (!client._autoPipelines.has(slotKey)) {
        let pipeline2 = client.pipeline();
        pipeline2[exports.kExec] = !1, pipeline2[exports.kCallbacks] = [], client._autoPipelines.set(slotKey, pipeline2);
      }
      let pipeline = client._autoPipelines.get(slotKey);
      pipeline[exports.kExec] || (pipeline[exports.kExec] = !0, setImmediate(executeAutoPipeline, client, slotKey));
      let autoPipelinePromise = new Promise(function(resolve, reject) {
        pipeline[exports.kCallbacks].push(function(err, value) {
          if (err) {
            reject(err);
            return;
          }
          resolve(value);
        }), functionName === "call" && args.unshift(commandName), pipeline[functionName](...args);
      });
      return (0, standard_as_callback_1.default)(autoPipelinePromise, callback);
    }
    exports.executeWithAutoPipelining = executeWithAutoPipelining;
  }
});

// node_modules/ioredis/built/Script.js
var require_Script = __commonJS({
  "node_modules/ioredis/built/Script.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var crypto_1 = __require("crypto"), Command_1 = require_Command(), standard_as_callback_1 = require_built2(), Script = class {
      constructor(lua, numberOfKeys = null, keyPrefix = "", readOnly = !1) {
        this.lua = lua, this.numberOfKeys = numberOfKeys, this.keyPrefix = keyPrefix, this.readOnly = readOnly, this.sha = (0, crypto_1.createHash)("sha1").update(lua).digest("hex");
        let sha = this.sha, socketHasScriptLoaded = /* @__PURE__ */ new WeakSet();
        this.Command = class extends Command_1.default {
          toWritable(socket) {
            let origReject = this.reject;
            return this.reject = (err) => {
              err.message.indexOf("NOSCRIPT") !== -1 && socketHasScriptLoaded.delete(socket), origReject.call(this, err);
            }, socketHasScriptLoaded.has(socket) ? this.name === "eval" && (this.name = "evalsha", this.args[0] = sha) : (socketHasScriptLoaded.add(socket), this.name = "eval", this.args[0] = lua), super.toWritable(socket);
          }
        };
      }
      execute(container, args, options, callback) {
        typeof this.numberOfKeys == "number" && args.unshift(this.numberOfKeys), this.keyPrefix && (options.keyPrefix = this.keyPrefix), this.readOnly && (options.readOnly = !0);
        let evalsha = new this.Command("evalsha", [this.sha, ...args], options);
        return evalsha.promise = evalsha.promise.catch((err) => {
          if (err.message.indexOf("NOSCRIPT") === -1)
            throw err;
          let resend = new this.Command("evalsha", [this.sha, ...args], options);
          return (container.isPipeline ? container.redis : container).sendCommand(resend);
        }), (0, standard_as_callback_1.default)(evalsha.promise, callback), container.sendCommand(evalsha);
      }
    };
    exports.default = Script;
  }
});

// node_modules/ioredis/built/utils/Commander.js
var require_Commander = __commonJS({
  "node_modules/ioredis/built/utils/Commander.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var commands_1 = require_built(), autoPipelining_1 = require_autoPipelining(), Command_1 = require_Command(), Script_1 = require_Script(), Commander = class {
      constructor() {
        this.options = {}, this.scriptsSet = {}, this.addedBuiltinSet = /* @__PURE__ */ new Set();
      }
      /**
       * Return supported builtin commands
       */
      getBuiltinCommands() {
        return commands.slice(0);
      }
      /**
       * Create a builtin command
       */
      createBuiltinCommand(commandName) {
        return {
          string: generateFunction(null, commandName, "utf8"),
          buffer: generateFunction(null, commandName, null)
        };
      }
      /**
       * Create add builtin command
       */
      addBuiltinCommand(commandName) {
        this.addedBuiltinSet.add(commandName), this[commandName] = generateFunction(commandName, commandName, "utf8"), this[commandName + "Buffer"] = generateFunction(commandName + "Buffer", commandName, null);
      }
      /**
       * Define a custom command using lua script
       */
      defineCommand(name, definition) {
        let script = new Script_1.default(definition.lua, definition.numberOfKeys, this.options.keyPrefix, definition.readOnly);
        this.scriptsSet[name] = script, this[name] = generateScriptingFunction(name, name, script, "utf8"), this[name + "Buffer"] = generateScriptingFunction(name + "Buffer", name, script, null);
      }
      /**
       * @ignore
       */
      sendCommand(command2, stream, node) {
        throw new Error('"sendCommand" is not implemented');
      }
    }, commands = commands_1.list.filter((command2) => command2 !== "monitor");
    commands.push("sentinel");
    commands.forEach(function(commandName) {
      Commander.prototype[commandName] = generateFunction(commandName, commandName, "utf8"), Commander.prototype[commandName + "Buffer"] = generateFunction(commandName + "Buffer", commandName, null);
    });
    Commander.prototype.call = generateFunction("call", "utf8");
    Commander.prototype.callBuffer = generateFunction("callBuffer", null);
    Commander.prototype.send_command = Commander.prototype.call;
    function generateFunction(functionName, _commandName, _encoding) {
      return typeof _encoding > "u" && (_encoding = _commandName, _commandName = null), function(...args) {
        let commandName = _commandName || args.shift(), callback = args[args.length - 1];
        typeof callback == "function" ? args.pop() : callback = void 0;
        let options = {
          errorStack: this.options.showFriendlyErrorStack ? new Error() : void 0,
          keyPrefix: this.options.keyPrefix,
          replyEncoding: _encoding
        };
        return (0, autoPipelining_1.shouldUseAutoPipelining)(this, functionName, commandName) ? (0, autoPipelining_1.executeWithAutoPipelining)(
          this,
          functionName,
          commandName,
          // @ts-expect-error
          args,
          callback
        ) : this.sendCommand(
          // @ts-expect-error
          new Command_1.default(commandName, args, options, callback)
        );
      };
    }
    function generateScriptingFunction(functionName, commandName, script, encoding) {
      return function(...args) {
        let callback = typeof args[args.length - 1] == "function" ? args.pop() : void 0, options = {
          replyEncoding: encoding
        };
        return this.options.showFriendlyErrorStack && (options.errorStack = new Error()), (0, autoPipelining_1.shouldUseAutoPipelining)(this, functionName, commandName) ? (0, autoPipelining_1.executeWithAutoPipelining)(this, functionName, commandName, args, callback) : script.execute(this, args, options, callback);
      };
    }
    exports.default = Commander;
  }
});

// node_modules/ioredis/built/Pipeline.js
var require_Pipeline = __commonJS({
  "node_modules/ioredis/built/Pipeline.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var calculateSlot = require_lib(), commands_1 = require_built(), standard_as_callback_1 = require_built2(), util_1 = __require("util"), Command_1 = require_Command(), buffer_1 = __require("buffer"), utils_1 = require_utils2(), Commander_1 = require_Commander();
    function generateMultiWithNodes(redis, keys) {
      let slot = calculateSlot(keys[0]), target = redis._groupsBySlot[slot];
      for (let i = 1; i < keys.length; i++)
        if (redis._groupsBySlot[calculateSlot(keys[i])] !== target)
          return -1;
      return slot;
    }
    var Pipeline = class extends Commander_1.default {
      constructor(redis) {
        super(), this.redis = redis, this.isPipeline = !0, this.replyPending = 0, this._queue = [], this._result = [], this._transactions = 0, this._shaToScript = {}, this.isCluster = this.redis.constructor.name === "Cluster" || this.redis.isCluster, this.options = redis.options, Object.keys(redis.scriptsSet).forEach((name) => {
          let script = redis.scriptsSet[name];
          this._shaToScript[script.sha] = script, this[name] = redis[name], this[name + "Buffer"] = redis[name + "Buffer"];
        }), redis.addedBuiltinSet.forEach((name) => {
          this[name] = redis[name], this[name + "Buffer"] = redis[name + "Buffer"];
        }), this.promise = new Promise((resolve, reject) => {
          this.resolve = resolve, this.reject = reject;
        });
        let _this = this;
        Object.defineProperty(this, "length", {
          get: function() {
            return _this._queue.length;
          }
        });
      }
      fillResult(value, position) {
        if (this._queue[position].name === "exec" && Array.isArray(value[1])) {
          let execLength = value[1].length;
          for (let i = 0; i < execLength; i++) {
            if (value[1][i] instanceof Error)
              continue;
            let cmd = this._queue[position - (execLength - i)];
            try {
              value[1][i] = cmd.transformReply(value[1][i]);
            } catch (err) {
              value[1][i] = err;
            }
          }
        }
        if (this._result[position] = value, --this.replyPending)
          return;
        if (this.isCluster) {
          let retriable = !0, commonError;
          for (let i = 0; i < this._result.length; ++i) {
            let error = this._result[i][0], command2 = this._queue[i];
            if (error) {
              if (command2.name === "exec" && error.message === "EXECABORT Transaction discarded because of previous errors.")
                continue;
              if (!commonError)
                commonError = {
                  name: error.name,
                  message: error.message
                };
              else if (commonError.name !== error.name || commonError.message !== error.message) {
                retriable = !1;
                break;
              }
            } else if (!command2.inTransaction && !((0, commands_1.exists)(command2.name, { caseInsensitive: !0 }) && (0, commands_1.hasFlag)(command2.name, "readonly", { nameCaseInsensitive: !0 }))) {
              retriable = !1;
              break;
            }
          }
          if (commonError && retriable) {
            let _this = this, errv = commonError.message.split(" "), queue = this._queue, inTransaction = !1;
            this._queue = [];
            for (let i = 0; i < queue.length; ++i) {
              if (errv[0] === "ASK" && !inTransaction && queue[i].name !== "asking" && (!queue[i - 1] || queue[i - 1].name !== "asking")) {
                let asking = new Command_1.default("asking");
                asking.ignore = !0, this.sendCommand(asking);
              }
              queue[i].initPromise(), this.sendCommand(queue[i]), inTransaction = queue[i].inTransaction;
            }
            let matched = !0;
            typeof this.leftRedirections > "u" && (this.leftRedirections = {});
            let exec = function() {
              _this.exec();
            }, cluster = this.redis;
            if (cluster.handleError(commonError, this.leftRedirections, {
              moved: function(_slot, key) {
                _this.preferKey = key, cluster.slots[errv[1]] ? cluster.slots[errv[1]][0] !== key && (cluster.slots[errv[1]] = [key]) : cluster.slots[errv[1]] = [key], cluster._groupsBySlot[errv[1]] = cluster._groupsIds[cluster.slots[errv[1]].join(";")], cluster.refreshSlotsCache(), _this.exec();
              },
              ask: function(_slot, key) {
                _this.preferKey = key, _this.exec();
              },
              tryagain: exec,
              clusterDown: exec,
              connectionClosed: exec,
              maxRedirections: () => {
                matched = !1;
              },
              defaults: () => {
                matched = !1;
              }
            }), matched)
              return;
          }
        }
        let ignoredCount = 0;
        for (let i = 0; i < this._queue.length - ignoredCount; ++i)
          this._queue[i + ignoredCount].ignore && (ignoredCount += 1), this._result[i] = this._result[i + ignoredCount];
        this.resolve(this._result.slice(0, this._result.length - ignoredCount));
      }
      sendCommand(command2) {
        this._transactions > 0 && (command2.inTransaction = !0);
        let position = this._queue.length;
        return command2.pipelineIndex = position, command2.promise.then((result) => {
          this.fillResult([null, result], position);
        }).catch((error) => {
          this.fillResult([error], position);
        }), this._queue.push(command2), this;
      }
      addBatch(commands) {
        let command2, commandName, args;
        for (let i = 0; i < commands.length; ++i)
          command2 = commands[i], commandName = command2[0], args = command2.slice(1), this[commandName].apply(this, args);
        return this;
      }
    };
    exports.default = Pipeline;
    var multi = Pipeline.prototype.multi;
    Pipeline.prototype.multi = function() {
      return this._transactions += 1, multi.apply(this, arguments);
    };
    var execBuffer = Pipeline.prototype.execBuffer;
    Pipeline.prototype.execBuffer = (0, util_1.deprecate)(function() {
      return this._transactions > 0 && (this._transactions -= 1), execBuffer.apply(this, arguments);
    }, "Pipeline#execBuffer: Use Pipeline#exec instead");
    Pipeline.prototype.exec = function(callback) {
      if (this.isCluster && !this.redis.slots.length)
        return this.redis.status === "wait" && this.redis.connect().catch(utils_1.noop), callback && !this.nodeifiedPromise && (this.nodeifiedPromise = !0, (0, standard_as_callback_1.default)(this.promise, callback)), this.redis.delayUntilReady((err) => {
          if (err) {
            this.reject(err);
            return;
          }
          this.exec(callback);
        }), this.promise;
      if (this._transactions > 0)
        return this._transactions -= 1, execBuffer.apply(this, arguments);
      this.nodeifiedPromise || (this.nodeifiedPromise = !0, (0, standard_as_callback_1.default)(this.promise, callback)), this._queue.length || this.resolve([]);
      let pipelineSlot;
      if (this.isCluster) {
        let sampleKeys = [];
        for (let i = 0; i < this._queue.length; i++) {
          let keys = this._queue[i].getKeys();
          if (keys.length && sampleKeys.push(keys[0]), keys.length && calculateSlot.generateMulti(keys) < 0)
            return this.reject(new Error("All the keys in a pipeline command should belong to the same slot")), this.promise;
        }
        if (sampleKeys.length) {
          if (pipelineSlot = generateMultiWithNodes(this.redis, sampleKeys), pipelineSlot < 0)
            return this.reject(new Error("All keys in the pipeline should belong to the same slots allocation group")), this.promise;
        } else
          pipelineSlot = Math.random() * 16384 | 0;
      }
      let _this = this;
      return execPipeline(), this.promise;
      function execPipeline() {
        let writePending = _this.replyPending = _this._queue.length, node;
        _this.isCluster && (node = {
          slot: pipelineSlot,
          redis: _this.redis.connectionPool.nodes.all[_this.preferKey]
        });
        let data = "", buffers, stream = {
          isPipeline: !0,
          destination: _this.isCluster ? node : { redis: _this.redis },
          write(writable) {
            typeof writable != "string" ? (buffers || (buffers = []), data && (buffers.push(Buffer.from(data, "utf8")), data = ""), buffers.push(writable)) : (data.length + writable.length >= buffer_1.constants.MAX_STRING_LENGTH && (buffers || (buffers = []), data && (buffers.push(Buffer.from(data, "utf8")), data = "")), data += writable), --writePending || (buffers ? (data && buffers.push(Buffer.from(data, "utf8")), stream.destination.redis.stream.write(Buffer.concat(buffers))) : stream.destination.redis.stream.write(data), writePending = _this._queue.length, data = "", buffers = void 0);
          }
        };
        for (let i = 0; i < _this._queue.length; ++i)
          _this.redis.sendCommand(_this._queue[i], stream, node);
        return _this.promise;
      }
    };
  }
});

// node_modules/ioredis/built/tracing.js
var require_tracing = __commonJS({
  "node_modules/ioredis/built/tracing.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.traceConnect = exports.traceBatch = exports.traceCommand = exports.sanitizeArgs = void 0;
    var SERIALIZATION_SUBSETS = [
      { regex: /^ECHO/i, args: 0 },
      {
        regex: /^(LPUSH|MSET|PFA|PUBLISH|RPUSH|SADD|SET|SPUBLISH|XADD|ZADD)/i,
        args: 1
      },
      { regex: /^(HSET|HMSET|LSET|LINSERT)/i, args: 2 },
      {
        regex: /^(ACL|BIT|B[LRZ]|CLIENT|CLUSTER|CONFIG|COMMAND|DECR|DEL|EVAL|EX|FUNCTION|GEO|GET|HINCR|HMGET|HSCAN|INCR|L[TRLM]|MEMORY|P[EFISTU]|RPOP|S[CDIMORSU]|XACK|X[CDGILPRT]|Z[CDILMPRS])/i,
        args: -1
      }
    ];
    function sanitizeArgs(commandName, args) {
      let allowedArgCount = 0;
      for (let subset of SERIALIZATION_SUBSETS)
        if (subset.regex.test(commandName)) {
          allowedArgCount = subset.args;
          break;
        }
      if (allowedArgCount === -1)
        return args.map((a) => String(a));
      let result = [];
      for (let i = 0; i < args.length; i++)
        i < allowedArgCount ? result.push(String(args[i])) : result.push("?");
      return result;
    }
    exports.sanitizeArgs = sanitizeArgs;
    var dc = (() => {
      try {
        return "getBuiltinModule" in process ? process.getBuiltinModule("node:diagnostics_channel") : __require("node:diagnostics_channel");
      } catch {
        return;
      }
    })(), hasTracingChannel = dc && typeof dc.tracingChannel == "function", commandChannel = hasTracingChannel ? dc.tracingChannel("ioredis:command") : void 0, batchChannel = hasTracingChannel ? dc.tracingChannel("ioredis:batch") : void 0, connectChannel = hasTracingChannel ? dc.tracingChannel("ioredis:connect") : void 0;
    function shouldTrace(channel) {
      return !!channel && channel.hasSubscribers !== !1;
    }
    var noop = () => {
    };
    function traceCommand(fn, contextFactory) {
      if (!shouldTrace(commandChannel))
        return fn();
      let traced = commandChannel.tracePromise(fn, contextFactory());
      return traced.catch(noop), traced;
    }
    exports.traceCommand = traceCommand;
    function traceBatch(fn, contextFactory) {
      if (!shouldTrace(batchChannel))
        return fn();
      let traced = batchChannel.tracePromise(fn, contextFactory());
      return traced.catch(noop), traced;
    }
    exports.traceBatch = traceBatch;
    function traceConnect(fn, contextFactory) {
      return shouldTrace(connectChannel) ? connectChannel.tracePromise(fn, contextFactory()) : fn();
    }
    exports.traceConnect = traceConnect;
  }
});

// node_modules/ioredis/built/transaction.js
var require_transaction = __commonJS({
  "node_modules/ioredis/built/transaction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.addTransactionSupport = void 0;
    var utils_1 = require_utils2(), standard_as_callback_1 = require_built2(), Pipeline_1 = require_Pipeline(), tracing_1 = require_tracing();
    function addTransactionSupport(redis) {
      redis.pipeline = function(commands) {
        let pipeline = new Pipeline_1.default(this);
        return Array.isArray(commands) && pipeline.addBatch(commands), pipeline;
      };
      let { multi } = redis;
      redis.multi = function(commands, options) {
        if (typeof options > "u" && !Array.isArray(commands) && (options = commands, commands = null), options && options.pipeline === !1)
          return multi.call(this);
        let pipeline = new Pipeline_1.default(this);
        pipeline.multi(), Array.isArray(commands) && pipeline.addBatch(commands);
        let exec2 = pipeline.exec;
        pipeline.exec = function(callback) {
          if (this.isCluster && !this.redis.slots.length)
            return this.redis.status === "wait" && this.redis.connect().catch(utils_1.noop), (0, standard_as_callback_1.default)(new Promise((resolve, reject) => {
              this.redis.delayUntilReady((err) => {
                if (err) {
                  reject(err);
                  return;
                }
                this.exec(pipeline).then(resolve, reject);
              });
            }), callback);
          if (this._transactions > 0 && exec2.call(pipeline), this.nodeifiedPromise)
            return exec2.call(pipeline);
          let batchSize = Math.max(pipeline.length - 2, 0), execAndUnwrap = () => exec2.call(pipeline).then(function(result) {
            let execResult = result[result.length - 1];
            if (typeof execResult > "u")
              throw new Error("Pipeline cannot be used to send any commands when the `exec()` has been called on it.");
            if (execResult[0]) {
              execResult[0].previousErrors = [];
              for (let i = 0; i < result.length - 1; ++i)
                result[i][0] && execResult[0].previousErrors.push(result[i][0]);
              throw execResult[0];
            }
            return (0, utils_1.wrapMultiResult)(execResult[1]);
          }), promise = "_buildBatchContext" in this.redis ? (0, tracing_1.traceBatch)(execAndUnwrap, () => this.redis._buildBatchContext(batchSize)) : execAndUnwrap();
          return (0, standard_as_callback_1.default)(promise, callback);
        };
        let { execBuffer } = pipeline;
        return pipeline.execBuffer = function(callback) {
          return this._transactions > 0 && execBuffer.call(pipeline), pipeline.exec(callback);
        }, pipeline;
      };
      let { exec } = redis;
      redis.exec = function(callback) {
        return (0, standard_as_callback_1.default)(exec.call(this).then(function(results) {
          return Array.isArray(results) && (results = (0, utils_1.wrapMultiResult)(results)), results;
        }), callback);
      };
    }
    exports.addTransactionSupport = addTransactionSupport;
  }
});

// node_modules/ioredis/built/utils/applyMixin.js
var require_applyMixin = __commonJS({
  "node_modules/ioredis/built/utils/applyMixin.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    function applyMixin(derivedConstructor, mixinConstructor) {
      Object.getOwnPropertyNames(mixinConstructor.prototype).forEach((name) => {
        Object.defineProperty(derivedConstructor.prototype, name, Object.getOwnPropertyDescriptor(mixinConstructor.prototype, name));
      });
    }
    exports.default = applyMixin;
  }
});

// node_modules/ioredis/built/cluster/ClusterOptions.js
var require_ClusterOptions = __commonJS({
  "node_modules/ioredis/built/cluster/ClusterOptions.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.DEFAULT_CLUSTER_OPTIONS = void 0;
    var dns_1 = __require("dns");
    exports.DEFAULT_CLUSTER_OPTIONS = {
      clusterRetryStrategy: (times) => Math.min(100 + times * 2, 2e3),
      clusterNodeRetryStrategy: null,
      enableOfflineQueue: !0,
      enableReadyCheck: !0,
      scaleReads: "master",
      maxRedirections: 16,
      retryDelayOnMoved: 0,
      retryDelayOnFailover: 100,
      retryDelayOnClusterDown: 100,
      retryDelayOnTryAgain: 100,
      slotsRefreshTimeout: 1e3,
      useSRVRecords: !1,
      resolveSrv: dns_1.resolveSrv,
      dnsLookup: dns_1.lookup,
      enableAutoPipelining: !1,
      autoPipeliningIgnoredCommands: [],
      shardedSubscribers: !1
    };
  }
});

// node_modules/ioredis/built/cluster/util.js
var require_util = __commonJS({
  "node_modules/ioredis/built/cluster/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.getConnectionName = exports.weightSrvRecords = exports.groupSrvRecords = exports.getUniqueHostnamesFromOptions = exports.normalizeNodeOptions = exports.nodeKeyToRedisOptions = exports.getNodeKey = void 0;
    var utils_1 = require_utils2(), net_1 = __require("net");
    function getNodeKey(node) {
      return node.port = node.port || 6379, node.host = node.host || "127.0.0.1", node.host + ":" + node.port;
    }
    exports.getNodeKey = getNodeKey;
    function nodeKeyToRedisOptions(nodeKey) {
      let portIndex = nodeKey.lastIndexOf(":");
      if (portIndex === -1)
        throw new Error(`Invalid node key ${nodeKey}`);
      return {
        host: nodeKey.slice(0, portIndex),
        port: Number(nodeKey.slice(portIndex + 1))
      };
    }
    exports.nodeKeyToRedisOptions = nodeKeyToRedisOptions;
    function normalizeNodeOptions(nodes) {
      return nodes.map((node) => {
        let options = {};
        if (typeof node == "object")
          Object.assign(options, node);
        else if (typeof node == "string")
          Object.assign(options, (0, utils_1.parseURL)(node));
        else if (typeof node == "number")
          options.port = node;
        else
          throw new Error("Invalid argument " + node);
        return typeof options.port == "string" && (options.port = parseInt(options.port, 10)), delete options.db, options.port || (options.port = 6379), options.host || (options.host = "127.0.0.1"), (0, utils_1.resolveTLSProfile)(options);
      });
    }
    exports.normalizeNodeOptions = normalizeNodeOptions;
    function getUniqueHostnamesFromOptions(nodes) {
      let uniqueHostsMap = {};
      return nodes.forEach((node) => {
        uniqueHostsMap[node.host] = !0;
      }), Object.keys(uniqueHostsMap).filter((host) => !(0, net_1.isIP)(host));
    }
    exports.getUniqueHostnamesFromOptions = getUniqueHostnamesFromOptions;
    function groupSrvRecords(records) {
      let recordsByPriority = {};
      for (let record of records)
        recordsByPriority.hasOwnProperty(record.priority) ? (recordsByPriority[record.priority].totalWeight += record.weight, recordsByPriority[record.priority].records.push(record)) : recordsByPriority[record.priority] = {
          totalWeight: record.weight,
          records: [record]
        };
      return recordsByPriority;
    }
    exports.groupSrvRecords = groupSrvRecords;
    function weightSrvRecords(recordsGroup) {
      if (recordsGroup.records.length === 1)
        return recordsGroup.totalWeight = 0, recordsGroup.records.shift();
      let random = Math.floor(Math.random() * (recordsGroup.totalWeight + recordsGroup.records.length)), total = 0;
      for (let [i, record] of recordsGroup.records.entries())
        if (total += 1 + record.weight, total > random)
          return recordsGroup.totalWeight -= record.weight, recordsGroup.records.splice(i, 1), record;
    }
    exports.weightSrvRecords = weightSrvRecords;
    function getConnectionName(component, nodeConnectionName) {
      let prefix = `ioredis-cluster(${component})`;
      return nodeConnectionName ? `${prefix}:${nodeConnectionName}` : prefix;
    }
    exports.getConnectionName = getConnectionName;
  }
});

// node_modules/ioredis/built/cluster/ClusterSubscriber.js
var require_ClusterSubscriber = __commonJS({
  "node_modules/ioredis/built/cluster/ClusterSubscriber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var util_1 = require_util(), utils_1 = require_utils2(), Redis_1 = require_Redis(), debug = (0, utils_1.Debug)("cluster:subscriber"), ClusterSubscriber = class {
      constructor(connectionPool, emitter, isSharded = !1) {
        this.connectionPool = connectionPool, this.emitter = emitter, this.isSharded = isSharded, this.started = !1, this.subscriber = null, this.slotRange = [], this.onSubscriberEnd = () => {
          if (!this.started) {
            debug("subscriber has disconnected, but ClusterSubscriber is not started, so not reconnecting.");
            return;
          }
          debug("subscriber has disconnected, selecting a new one..."), this.selectSubscriber();
        }, this.connectionPool.on("-node", (_, key) => {
          !this.started || !this.subscriber || (0, util_1.getNodeKey)(this.subscriber.options) === key && (debug("subscriber has left, selecting a new one..."), this.selectSubscriber());
        }), this.connectionPool.on("+node", () => {
          !this.started || this.subscriber || (debug("a new node is discovered and there is no subscriber, selecting a new one..."), this.selectSubscriber());
        });
      }
      getInstance() {
        return this.subscriber;
      }
      /**
       * Associate this subscriber to a specific slot range.
       *
       * Returns the range or an empty array if the slot range couldn't be associated.
       *
       * BTW: This is more for debugging and testing purposes.
       *
       * @param range
       */
      associateSlotRange(range) {
        return this.isSharded && (this.slotRange = range), this.slotRange;
      }
      start() {
        this.started = !0, this.selectSubscriber(), debug("started");
      }
      stop() {
        this.started = !1, this.subscriber && (this.subscriber.disconnect(), this.subscriber = null);
      }
      isStarted() {
        return this.started;
      }
      selectSubscriber() {
        let lastActiveSubscriber = this.lastActiveSubscriber;
        lastActiveSubscriber && (lastActiveSubscriber.off("end", this.onSubscriberEnd), lastActiveSubscriber.disconnect()), this.subscriber && (this.subscriber.off("end", this.onSubscriberEnd), this.subscriber.disconnect());
        let sampleNode = (0, utils_1.sample)(this.connectionPool.getNodes());
        if (!sampleNode) {
          debug("selecting subscriber failed since there is no node discovered in the cluster yet"), this.subscriber = null;
          return;
        }
        let { options } = sampleNode;
        debug("selected a subscriber %s:%s", options.host, options.port);
        let connectionPrefix = "subscriber";
        this.isSharded && (connectionPrefix = "ssubscriber"), this.subscriber = new Redis_1.default({
          port: options.port,
          host: options.host,
          username: options.username,
          password: options.password,
          enableReadyCheck: !0,
          connectionName: (0, util_1.getConnectionName)(connectionPrefix, options.connectionName),
          lazyConnect: !0,
          tls: options.tls,
          // Don't try to reconnect the subscriber connection. If the connection fails
          // we will get an end event (handled below), at which point we'll pick a new
          // node from the pool and try to connect to that as the subscriber connection.
          retryStrategy: null
        }), this.subscriber.on("error", utils_1.noop), this.subscriber.on("moved", () => {
          this.emitter.emit("forceRefresh");
        }), this.subscriber.once("end", this.onSubscriberEnd);
        let previousChannels = { subscribe: [], psubscribe: [], ssubscribe: [] };
        if (lastActiveSubscriber) {
          let condition = lastActiveSubscriber.condition || lastActiveSubscriber.prevCondition;
          condition && condition.subscriber && (previousChannels.subscribe = condition.subscriber.channels("subscribe"), previousChannels.psubscribe = condition.subscriber.channels("psubscribe"), previousChannels.ssubscribe = condition.subscriber.channels("ssubscribe"));
        }
        if (previousChannels.subscribe.length || previousChannels.psubscribe.length || previousChannels.ssubscribe.length) {
          let pending = 0;
          for (let type of ["subscribe", "psubscribe", "ssubscribe"]) {
            let channels = previousChannels[type];
            if (channels.length != 0)
              if (debug("%s %d channels", type, channels.length), type === "ssubscribe")
                for (let channel of channels)
                  pending += 1, this.subscriber[type](channel).then(() => {
                    --pending || (this.lastActiveSubscriber = this.subscriber);
                  }).catch(() => {
                    debug("failed to ssubscribe to channel: %s", channel);
                  });
              else
                pending += 1, this.subscriber[type](channels).then(() => {
                  --pending || (this.lastActiveSubscriber = this.subscriber);
                }).catch(() => {
                  debug("failed to %s %d channels", type, channels.length);
                });
          }
        } else
          this.lastActiveSubscriber = this.subscriber;
        for (let event of [
          "message",
          "messageBuffer"
        ])
          this.subscriber.on(event, (arg1, arg2) => {
            this.emitter.emit(event, arg1, arg2);
          });
        for (let event of ["pmessage", "pmessageBuffer"])
          this.subscriber.on(event, (arg1, arg2, arg3) => {
            this.emitter.emit(event, arg1, arg2, arg3);
          });
        if (this.isSharded == !0)
          for (let event of [
            "smessage",
            "smessageBuffer"
          ])
            this.subscriber.on(event, (arg1, arg2) => {
              this.emitter.emit(event, arg1, arg2);
            });
      }
    };
    exports.default = ClusterSubscriber;
  }
});

// node_modules/ioredis/built/cluster/ConnectionPool.js
var require_ConnectionPool = __commonJS({
  "node_modules/ioredis/built/cluster/ConnectionPool.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var events_1 = __require("events"), utils_1 = require_utils2(), util_1 = require_util(), Redis_1 = require_Redis(), debug = (0, utils_1.Debug)("cluster:connectionPool"), ConnectionPool = class extends events_1.EventEmitter {
      constructor(redisOptions, clusterNodeRetryStrategy = null) {
        super(), this.redisOptions = redisOptions, this.clusterNodeRetryStrategy = clusterNodeRetryStrategy, this.nodes = {
          all: {},
          master: {},
          slave: {}
        }, this.specifiedOptions = {};
      }
      getNodes(role = "all") {
        let nodes = this.nodes[role];
        return Object.keys(nodes).map((key) => nodes[key]);
      }
      getInstanceByKey(key) {
        return this.nodes.all[key];
      }
      getSampleInstance(role) {
        let keys = Object.keys(this.nodes[role]), sampleKey = (0, utils_1.sample)(keys);
        return this.nodes[role][sampleKey];
      }
      /**
       * Add a master node to the pool
       * @param node
       */
      addMasterNode(node) {
        let key = (0, util_1.getNodeKey)(node.options), redis = this.createRedisFromOptions(node, node.options.readOnly);
        return node.options.readOnly ? !1 : (this.nodes.all[key] = redis, this.nodes.master[key] = redis, !0);
      }
      /**
       * Creates a Redis connection instance from the node options
       * @param node
       * @param readOnly
       */
      createRedisFromOptions(node, readOnly) {
        return new Redis_1.default((0, utils_1.defaults)({
          // By default, never try to reconnect when a node is lost,
          // instead, waiting for a `MOVED` error and fetching slots again.
          // When `clusterNodeRetryStrategy` is set, use it to allow
          // reconnection (e.g. for replica nodes that restart without
          // any slot changes).
          retryStrategy: typeof this.clusterNodeRetryStrategy == "function" ? this.clusterNodeRetryStrategy : null,
          // Offline queue should be enabled so that
          // we don't need to wait for the `ready` event
          // before sending commands to the node.
          enableOfflineQueue: !0,
          readOnly
        }, node, this.redisOptions, { lazyConnect: !0 }));
      }
      /**
       * Find or create a connection to the node
       */
      findOrCreate(node, readOnly = !1) {
        let key = (0, util_1.getNodeKey)(node);
        readOnly = !!readOnly, this.specifiedOptions[key] ? Object.assign(node, this.specifiedOptions[key]) : this.specifiedOptions[key] = node;
        let redis;
        return this.nodes.all[key] ? (redis = this.nodes.all[key], redis.options.readOnly !== readOnly && (redis.options.readOnly = readOnly, debug("Change role of %s to %s", key, readOnly ? "slave" : "master"), redis[readOnly ? "readonly" : "readwrite"]().catch(utils_1.noop), readOnly ? (delete this.nodes.master[key], this.nodes.slave[key] = redis) : (delete this.nodes.slave[key], this.nodes.master[key] = redis))) : (debug("Connecting to %s as %s", key, readOnly ? "slave" : "master"), redis = this.createRedisFromOptions(node, readOnly), this.nodes.all[key] = redis, this.nodes[readOnly ? "slave" : "master"][key] = redis, redis.once("end", () => {
          this.removeNode(key), this.emit("-node", redis, key), Object.keys(this.nodes.all).length || this.emit("drain");
        }), this.emit("+node", redis, key), redis.on("error", (error) => {
          this.emit("nodeError", error, key);
        })), redis;
      }
      /**
       * Reset the pool with a set of nodes.
       * The old node will be removed.
       */
      reset(nodes) {
        debug("Reset with %O", nodes);
        let newNodes = {};
        nodes.forEach((node) => {
          let key = (0, util_1.getNodeKey)(node);
          node.readOnly && newNodes[key] || (newNodes[key] = node);
        }), Object.keys(this.nodes.all).forEach((key) => {
          newNodes[key] || (debug("Disconnect %s because the node does not hold any slot", key), this.nodes.all[key].disconnect(), this.removeNode(key));
        }), Object.keys(newNodes).forEach((key) => {
          let node = newNodes[key];
          this.findOrCreate(node, node.readOnly);
        });
      }
      /**
       * Remove a node from the pool.
       */
      removeNode(key) {
        let { nodes } = this;
        nodes.all[key] && (debug("Remove %s from the pool", key), delete nodes.all[key]), delete nodes.master[key], delete nodes.slave[key];
      }
    };
    exports.default = ConnectionPool;
  }
});

// node_modules/denque/index.js
var require_denque = __commonJS({
  "node_modules/denque/index.js"(exports, module) {
    "use strict";
    function Denque(array, options) {
      var options = options || {};
      this._capacity = options.capacity, this._head = 0, this._tail = 0, Array.isArray(array) ? this._fromArray(array) : (this._capacityMask = 3, this._list = new Array(4));
    }
    Denque.prototype.peekAt = function(index) {
      var i = index;
      if (i === (i | 0)) {
        var len = this.size();
        if (!(i >= len || i < -len))
          return i < 0 && (i += len), i = this._head + i & this._capacityMask, this._list[i];
      }
    };
    Denque.prototype.get = function(i) {
      return this.peekAt(i);
    };
    Denque.prototype.peek = function() {
      if (this._head !== this._tail)
        return this._list[this._head];
    };
    Denque.prototype.peekFront = function() {
      return this.peek();
    };
    Denque.prototype.peekBack = function() {
      return this.peekAt(-1);
    };
    Object.defineProperty(Denque.prototype, "length", {
      get: function() {
        return this.size();
      }
    });
    Denque.prototype.size = function() {
      return this._head === this._tail ? 0 : this._head < this._tail ? this._tail - this._head : this._capacityMask + 1 - (this._head - this._tail);
    };
    Denque.prototype.unshift = function(item) {
      if (arguments.length === 0) return this.size();
      var len = this._list.length;
      return this._head = this._head - 1 + len & this._capacityMask, this._list[this._head] = item, this._tail === this._head && this._growArray(), this._capacity && this.size() > this._capacity && this.pop(), this._head < this._tail ? this._tail - this._head : this._capacityMask + 1 - (this._head - this._tail);
    };
    Denque.prototype.shift = function() {
      var head = this._head;
      if (head !== this._tail) {
        var item = this._list[head];
        return this._list[head] = void 0, this._head = head + 1 & this._capacityMask, head < 2 && this._tail > 1e4 && this._tail <= this._list.length >>> 2 && this._shrinkArray(), item;
      }
    };
    Denque.prototype.push = function(item) {
      if (arguments.length === 0) return this.size();
      var tail = this._tail;
      return this._list[tail] = item, this._tail = tail + 1 & this._capacityMask, this._tail === this._head && this._growArray(), this._capacity && this.size() > this._capacity && this.shift(), this._head < this._tail ? this._tail - this._head : this._capacityMask + 1 - (this._head - this._tail);
    };
    Denque.prototype.pop = function() {
      var tail = this._tail;
      if (tail !== this._head) {
        var len = this._list.length;
        this._tail = tail - 1 + len & this._capacityMask;
        var item = this._list[this._tail];
        return this._list[this._tail] = void 0, this._head < 2 && tail > 1e4 && tail <= len >>> 2 && this._shrinkArray(), item;
      }
    };
    Denque.prototype.removeOne = function(index) {
      var i = index;
      if (i === (i | 0) && this._head !== this._tail) {
        var size = this.size(), len = this._list.length;
        if (!(i >= size || i < -size)) {
          i < 0 && (i += size), i = this._head + i & this._capacityMask;
          var item = this._list[i], k;
          if (index < size / 2) {
            for (k = index; k > 0; k--)
              this._list[i] = this._list[i = i - 1 + len & this._capacityMask];
            this._list[i] = void 0, this._head = this._head + 1 + len & this._capacityMask;
          } else {
            for (k = size - 1 - index; k > 0; k--)
              this._list[i] = this._list[i = i + 1 + len & this._capacityMask];
            this._list[i] = void 0, this._tail = this._tail - 1 + len & this._capacityMask;
          }
          return item;
        }
      }
    };
    Denque.prototype.remove = function(index, count) {
      var i = index, removed, del_count = count;
      if (i === (i | 0) && this._head !== this._tail) {
        var size = this.size(), len = this._list.length;
        if (!(i >= size || i < -size || count < 1)) {
          if (i < 0 && (i += size), count === 1 || !count)
            return removed = new Array(1), removed[0] = this.removeOne(i), removed;
          if (i === 0 && i + count >= size)
            return removed = this.toArray(), this.clear(), removed;
          i + count > size && (count = size - i);
          var k;
          for (removed = new Array(count), k = 0; k < count; k++)
            removed[k] = this._list[this._head + i + k & this._capacityMask];
          if (i = this._head + i & this._capacityMask, index + count === size) {
            for (this._tail = this._tail - count + len & this._capacityMask, k = count; k > 0; k--)
              this._list[i = i + 1 + len & this._capacityMask] = void 0;
            return removed;
          }
          if (index === 0) {
            for (this._head = this._head + count + len & this._capacityMask, k = count - 1; k > 0; k--)
              this._list[i = i + 1 + len & this._capacityMask] = void 0;
            return removed;
          }
          if (i < size / 2) {
            for (this._head = this._head + index + count + len & this._capacityMask, k = index; k > 0; k--)
              this.unshift(this._list[i = i - 1 + len & this._capacityMask]);
            for (i = this._head - 1 + len & this._capacityMask; del_count > 0; )
              this._list[i = i - 1 + len & this._capacityMask] = void 0, del_count--;
            index < 0 && (this._tail = i);
          } else {
            for (this._tail = i, i = i + count + len & this._capacityMask, k = size - (count + index); k > 0; k--)
              this.push(this._list[i++]);
            for (i = this._tail; del_count > 0; )
              this._list[i = i + 1 + len & this._capacityMask] = void 0, del_count--;
          }
          return this._head < 2 && this._tail > 1e4 && this._tail <= len >>> 2 && this._shrinkArray(), removed;
        }
      }
    };
    Denque.prototype.splice = function(index, count) {
      var i = index;
      if (i === (i | 0)) {
        var size = this.size();
        if (i < 0 && (i += size), !(i > size))
          if (arguments.length > 2) {
            var k, temp, removed, arg_len = arguments.length, len = this._list.length, arguments_index = 2;
            if (!size || i < size / 2) {
              for (temp = new Array(i), k = 0; k < i; k++)
                temp[k] = this._list[this._head + k & this._capacityMask];
              for (count === 0 ? (removed = [], i > 0 && (this._head = this._head + i + len & this._capacityMask)) : (removed = this.remove(i, count), this._head = this._head + i + len & this._capacityMask); arg_len > arguments_index; )
                this.unshift(arguments[--arg_len]);
              for (k = i; k > 0; k--)
                this.unshift(temp[k - 1]);
            } else {
              temp = new Array(size - (i + count));
              var leng = temp.length;
              for (k = 0; k < leng; k++)
                temp[k] = this._list[this._head + i + count + k & this._capacityMask];
              for (count === 0 ? (removed = [], i != size && (this._tail = this._head + i + len & this._capacityMask)) : (removed = this.remove(i, count), this._tail = this._tail - leng + len & this._capacityMask); arguments_index < arg_len; )
                this.push(arguments[arguments_index++]);
              for (k = 0; k < leng; k++)
                this.push(temp[k]);
            }
            return removed;
          } else
            return this.remove(i, count);
      }
    };
    Denque.prototype.clear = function() {
      this._list = new Array(this._list.length), this._head = 0, this._tail = 0;
    };
    Denque.prototype.isEmpty = function() {
      return this._head === this._tail;
    };
    Denque.prototype.toArray = function() {
      return this._copyArray(!1);
    };
    Denque.prototype._fromArray = function(array) {
      var length = array.length, capacity = this._nextPowerOf2(length);
      this._list = new Array(capacity), this._capacityMask = capacity - 1, this._tail = length;
      for (var i = 0; i < length; i++) this._list[i] = array[i];
    };
    Denque.prototype._copyArray = function(fullCopy, size) {
      var src = this._list, capacity = src.length, length = this.length;
      if (size = size | length, size == length && this._head < this._tail)
        return this._list.slice(this._head, this._tail);
      var dest = new Array(size), k = 0, i;
      if (fullCopy || this._head > this._tail) {
        for (i = this._head; i < capacity; i++) dest[k++] = src[i];
        for (i = 0; i < this._tail; i++) dest[k++] = src[i];
      } else
        for (i = this._head; i < this._tail; i++) dest[k++] = src[i];
      return dest;
    };
    Denque.prototype._growArray = function() {
      if (this._head != 0) {
        var newList = this._copyArray(!0, this._list.length << 1);
        this._tail = this._list.length, this._head = 0, this._list = newList;
      } else
        this._tail = this._list.length, this._list.length <<= 1;
      this._capacityMask = this._capacityMask << 1 | 1;
    };
    Denque.prototype._shrinkArray = function() {
      this._list.length >>>= 1, this._capacityMask >>>= 1;
    };
    Denque.prototype._nextPowerOf2 = function(num) {
      var log2 = Math.log(num) / Math.log(2), nextPow2 = 1 << log2 + 1;
      return Math.max(nextPow2, 4);
    };
    module.exports = Denque;
  }
});

// node_modules/ioredis/built/cluster/DelayQueue.js
var require_DelayQueue = __commonJS({
  "node_modules/ioredis/built/cluster/DelayQueue.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var utils_1 = require_utils2(), Deque = require_denque(), debug = (0, utils_1.Debug)("delayqueue"), DelayQueue = class {
      constructor() {
        this.queues = {}, this.timeouts = {};
      }
      /**
       * Add a new item to the queue
       *
       * @param bucket bucket name
       * @param item function that will run later
       * @param options
       */
      push(bucket, item, options) {
        let callback = options.callback || process.nextTick;
        this.queues[bucket] || (this.queues[bucket] = new Deque()), this.queues[bucket].push(item), this.timeouts[bucket] || (this.timeouts[bucket] = setTimeout(() => {
          callback(() => {
            this.timeouts[bucket] = null, this.execute(bucket);
          });
        }, options.timeout));
      }
      execute(bucket) {
        let queue = this.queues[bucket];
        if (!queue)
          return;
        let { length } = queue;
        if (length)
          for (debug("send %d commands in %s queue", length, bucket), this.queues[bucket] = null; queue.length > 0; )
            queue.shift()();
      }
    };
    exports.default = DelayQueue;
  }
});

// node_modules/ioredis/built/cluster/ShardedSubscriber.js
var require_ShardedSubscriber = __commonJS({
  "node_modules/ioredis/built/cluster/ShardedSubscriber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var util_1 = require_util(), utils_1 = require_utils2(), Redis_1 = require_Redis(), debug = (0, utils_1.Debug)("cluster:subscriberGroup:shardedSubscriber"), SubscriberStatus = {
      IDLE: "idle",
      STARTING: "starting",
      CONNECTED: "connected",
      STOPPING: "stopping",
      ENDED: "ended"
    }, ALLOWED_STATUS_UPDATES = {
      [SubscriberStatus.IDLE]: [
        SubscriberStatus.STARTING,
        SubscriberStatus.STOPPING,
        SubscriberStatus.ENDED
      ],
      [SubscriberStatus.STARTING]: [
        SubscriberStatus.CONNECTED,
        SubscriberStatus.STOPPING,
        SubscriberStatus.ENDED
      ],
      [SubscriberStatus.CONNECTED]: [
        SubscriberStatus.STOPPING,
        SubscriberStatus.ENDED
      ],
      [SubscriberStatus.STOPPING]: [SubscriberStatus.ENDED],
      [SubscriberStatus.ENDED]: []
    }, ShardedSubscriber = class {
      constructor(emitter, options, redisOptions) {
        var _a;
        this.emitter = emitter, this.status = SubscriberStatus.IDLE, this.instance = null, this.connectPromise = null, this.messageListeners = /* @__PURE__ */ new Map(), this.onEnd = () => {
          this.updateStatus(SubscriberStatus.ENDED), this.emitter.emit("-node", this.instance, this.nodeKey);
        }, this.onError = (error) => {
          this.emitter.emit("nodeError", error, this.nodeKey);
        }, this.onMoved = () => {
          this.emitter.emit("moved");
        }, this.instance = new Redis_1.default((0, utils_1.defaults)({
          enableReadyCheck: !1,
          enableOfflineQueue: !0,
          connectionName: (0, util_1.getConnectionName)("ssubscriber", options.connectionName),
          /**
           * Disable auto reconnection for subscribers.
           * The ClusterSubscriberGroup will handle the reconnection.
           */
          retryStrategy: null,
          lazyConnect: !0
        }, options, redisOptions)), this.lazyConnect = (_a = redisOptions?.lazyConnect) !== null && _a !== void 0 ? _a : !0, this.nodeKey = (0, util_1.getNodeKey)(options), this.instance.on("end", this.onEnd), this.instance.on("error", this.onError), this.instance.on("moved", this.onMoved);
        for (let event of ["smessage", "smessageBuffer"]) {
          let listener = (...args) => {
            this.emitter.emit(event, ...args);
          };
          this.messageListeners.set(event, listener), this.instance.on(event, listener);
        }
      }
      async start() {
        if (this.connectPromise)
          return this.connectPromise;
        if (!(this.status === SubscriberStatus.STARTING || this.status === SubscriberStatus.CONNECTED)) {
          if (this.status === SubscriberStatus.ENDED || !this.instance)
            throw new Error(`Sharded subscriber ${this.nodeKey} cannot be restarted once ended.`);
          this.updateStatus(SubscriberStatus.STARTING), this.connectPromise = this.instance.connect();
          try {
            await this.connectPromise, this.updateStatus(SubscriberStatus.CONNECTED);
          } catch (err) {
            throw this.updateStatus(SubscriberStatus.ENDED), err;
          } finally {
            this.connectPromise = null;
          }
        }
      }
      stop() {
        this.updateStatus(SubscriberStatus.STOPPING), this.instance && (this.instance.disconnect(), this.instance.removeAllListeners(), this.messageListeners.clear(), this.instance = null), this.updateStatus(SubscriberStatus.ENDED), debug("stopped %s", this.nodeKey);
      }
      isStarted() {
        return [
          SubscriberStatus.CONNECTED,
          SubscriberStatus.STARTING
        ].includes(this.status);
      }
      get subscriberStatus() {
        return this.status;
      }
      isHealthy() {
        return (this.status === SubscriberStatus.IDLE || this.status === SubscriberStatus.CONNECTED || this.status === SubscriberStatus.STARTING) && this.instance !== null;
      }
      getInstance() {
        return this.instance;
      }
      getNodeKey() {
        return this.nodeKey;
      }
      isLazyConnect() {
        return this.lazyConnect;
      }
      updateStatus(nextStatus) {
        if (this.status !== nextStatus) {
          if (!ALLOWED_STATUS_UPDATES[this.status].includes(nextStatus)) {
            debug("Invalid status transition for %s: %s -> %s", this.nodeKey, this.status, nextStatus);
            return;
          }
          this.status = nextStatus;
        }
      }
    };
    exports.default = ShardedSubscriber;
  }
});

// node_modules/ioredis/built/cluster/ClusterSubscriberGroup.js
var require_ClusterSubscriberGroup = __commonJS({
  "node_modules/ioredis/built/cluster/ClusterSubscriberGroup.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var utils_1 = require_utils2(), util_1 = require_util(), calculateSlot = require_lib(), ShardedSubscriber_1 = require_ShardedSubscriber(), debug = (0, utils_1.Debug)("cluster:subscriberGroup"), ClusterSubscriberGroup = class _ClusterSubscriberGroup {
      /**
       * Register callbacks
       *
       * @param cluster
       */
      constructor(subscriberGroupEmitter, options) {
        this.subscriberGroupEmitter = subscriberGroupEmitter, this.options = options, this.shardedSubscribers = /* @__PURE__ */ new Map(), this.clusterSlots = [], this.subscriberToSlotsIndex = /* @__PURE__ */ new Map(), this.channels = /* @__PURE__ */ new Map(), this.failedAttemptsByNode = /* @__PURE__ */ new Map(), this.isResetting = !1, this.pendingReset = null, this.handleSubscriberConnectFailed = (error, nodeKey) => {
          let failedAttempts = (this.failedAttemptsByNode.get(nodeKey) || 0) + 1;
          this.failedAttemptsByNode.set(nodeKey, failedAttempts);
          let attempts = Math.min(failedAttempts, _ClusterSubscriberGroup.MAX_RETRY_ATTEMPTS), backoff = Math.min(_ClusterSubscriberGroup.BASE_BACKOFF_MS * 2 ** attempts, _ClusterSubscriberGroup.MAX_BACKOFF_MS), jitter = Math.floor((Math.random() - 0.5) * (backoff * 0.5)), delay = Math.max(0, backoff + jitter);
          debug("Failed to connect subscriber for %s. Refreshing slots in %dms", nodeKey, delay), this.subscriberGroupEmitter.emit("subscriberConnectFailed", {
            delay,
            error
          });
        }, this.handleSubscriberConnectSucceeded = (nodeKey) => {
          this.failedAttemptsByNode.delete(nodeKey);
        };
      }
      /**
       * Get the responsible subscriber.
       *
       * @param slot
       */
      getResponsibleSubscriber(slot) {
        let nodeKey = this.clusterSlots[slot][0], sub = this.shardedSubscribers.get(nodeKey);
        return sub && sub.subscriberStatus === "idle" && sub.start().then(() => {
          this.handleSubscriberConnectSucceeded(sub.getNodeKey());
        }).catch((err) => {
          this.handleSubscriberConnectFailed(err, sub.getNodeKey());
        }), sub;
      }
      /**
       * Adds a channel for which this subscriber group is responsible
       *
       * @param channels
       */
      addChannels(channels) {
        let slot = calculateSlot(channels[0]);
        for (let c of channels)
          if (calculateSlot(c) !== slot)
            return -1;
        let currChannels = this.channels.get(slot);
        return currChannels ? this.channels.set(slot, currChannels.concat(channels)) : this.channels.set(slot, channels), Array.from(this.channels.values()).reduce((sum, array) => sum + array.length, 0);
      }
      /**
       * Removes channels for which the subscriber group is responsible by optionally unsubscribing
       * @param channels
       */
      removeChannels(channels) {
        let slot = calculateSlot(channels[0]);
        for (let c of channels)
          if (calculateSlot(c) !== slot)
            return -1;
        let slotChannels = this.channels.get(slot);
        if (slotChannels) {
          let updatedChannels = slotChannels.filter((c) => !channels.includes(c));
          this.channels.set(slot, updatedChannels);
        }
        return Array.from(this.channels.values()).reduce((sum, array) => sum + array.length, 0);
      }
      /**
       * Disconnect all subscribers and clear some of the internal state.
       */
      stop() {
        for (let s of this.shardedSubscribers.values())
          s.stop();
        this.pendingReset = null, this.shardedSubscribers.clear(), this.subscriberToSlotsIndex.clear();
      }
      /**
       * Start all not yet started subscribers
       */
      start() {
        let startPromises = [];
        for (let s of this.shardedSubscribers.values())
          this.shouldStartSubscriber(s) && (startPromises.push(s.start().then(() => {
            this.handleSubscriberConnectSucceeded(s.getNodeKey());
          }).catch((err) => {
            this.handleSubscriberConnectFailed(err, s.getNodeKey());
          })), this.subscriberGroupEmitter.emit("+subscriber"));
        return Promise.all(startPromises);
      }
      /**
       * Resets the subscriber group by disconnecting all subscribers that are no longer needed and connecting new ones.
       */
      async reset(clusterSlots, clusterNodes) {
        if (this.isResetting) {
          this.pendingReset = { slots: clusterSlots, nodes: clusterNodes };
          return;
        }
        this.isResetting = !0;
        try {
          let hasTopologyChanged = this._refreshSlots(clusterSlots), hasFailedSubscribers = this.hasUnhealthySubscribers();
          if (!hasTopologyChanged && !hasFailedSubscribers) {
            debug("No topology change detected or failed subscribers. Skipping reset.");
            return;
          }
          for (let [nodeKey, shardedSubscriber] of this.shardedSubscribers) {
            if (
              // If the subscriber is still responsible for a slot range and is healthy then keep it
              this.subscriberToSlotsIndex.has(nodeKey) && shardedSubscriber.isHealthy()
            ) {
              debug("Skipping deleting subscriber for %s", nodeKey);
              continue;
            }
            debug("Removing subscriber for %s", nodeKey), shardedSubscriber.stop(), this.shardedSubscribers.delete(nodeKey), this.subscriberGroupEmitter.emit("-subscriber");
          }
          let startPromises = [];
          for (let [nodeKey, _] of this.subscriberToSlotsIndex) {
            let existingSubscriber = this.shardedSubscribers.get(nodeKey);
            if (existingSubscriber && existingSubscriber.isHealthy()) {
              debug("Skipping creating new subscriber for %s", nodeKey), !existingSubscriber.isStarted() && this.shouldStartSubscriber(existingSubscriber) && startPromises.push(existingSubscriber.start().then(() => {
                this.handleSubscriberConnectSucceeded(nodeKey);
              }).catch((error) => {
                this.handleSubscriberConnectFailed(error, nodeKey);
              }));
              continue;
            }
            existingSubscriber && !existingSubscriber.isHealthy() && (debug("Replacing subscriber for %s", nodeKey), existingSubscriber.stop(), this.shardedSubscribers.delete(nodeKey), this.subscriberGroupEmitter.emit("-subscriber")), debug("Creating new subscriber for %s", nodeKey);
            let redis = clusterNodes.find((node) => (0, util_1.getNodeKey)(node.options) === nodeKey);
            if (!redis) {
              debug("Failed to find node for key %s", nodeKey);
              continue;
            }
            let sub = new ShardedSubscriber_1.default(this.subscriberGroupEmitter, redis.options, this.options.redisOptions);
            this.shardedSubscribers.set(nodeKey, sub), this.shouldStartSubscriber(sub) && startPromises.push(sub.start().then(() => {
              this.handleSubscriberConnectSucceeded(nodeKey);
            }).catch((error) => {
              this.handleSubscriberConnectFailed(error, nodeKey);
            })), this.subscriberGroupEmitter.emit("+subscriber");
          }
          await Promise.all(startPromises), this._resubscribe(), this.subscriberGroupEmitter.emit("subscribersReady");
        } finally {
          if (this.isResetting = !1, this.pendingReset) {
            let { slots, nodes } = this.pendingReset;
            this.pendingReset = null, await this.reset(slots, nodes);
          }
        }
      }
      /**
       * Refreshes the subscriber-related slot ranges
       *
       * Returns false if no refresh was needed
       *
       * @param targetSlots
       */
      _refreshSlots(targetSlots) {
        if (this._slotsAreEqual(targetSlots) && this.subscriberToSlotsIndex.size > 0)
          return debug("Nothing to refresh because the new cluster map is equal to the previous one."), !1;
        debug("Refreshing the slots of the subscriber group."), this.subscriberToSlotsIndex = /* @__PURE__ */ new Map();
        for (let slot = 0; slot < targetSlots.length; slot++) {
          let node = targetSlots[slot][0];
          this.subscriberToSlotsIndex.has(node) || this.subscriberToSlotsIndex.set(node, []), this.subscriberToSlotsIndex.get(node).push(Number(slot));
        }
        return this.clusterSlots = JSON.parse(JSON.stringify(targetSlots)), !0;
      }
      /**
       * Resubscribes to the previous channels
       *
       * @private
       */
      _resubscribe() {
        this.shardedSubscribers && this.shardedSubscribers.forEach((s, nodeKey) => {
          let subscriberSlots = this.subscriberToSlotsIndex.get(nodeKey);
          subscriberSlots && subscriberSlots.forEach((ss) => {
            let redis = s.getInstance(), channels = this.channels.get(ss);
            if (channels && channels.length > 0) {
              if (!redis || redis.status === "end")
                return;
              redis.status === "ready" ? redis.ssubscribe(...channels).catch((err) => {
                debug("Failed to ssubscribe on node %s: %s", nodeKey, err);
              }) : redis.once("ready", () => {
                redis.ssubscribe(...channels).catch((err) => {
                  debug("Failed to ssubscribe on node %s: %s", nodeKey, err);
                });
              });
            }
          });
        });
      }
      /**
       * Deep equality of the cluster slots objects
       *
       * @param other
       * @private
       */
      _slotsAreEqual(other) {
        return this.clusterSlots === void 0 ? !1 : JSON.stringify(this.clusterSlots) === JSON.stringify(other);
      }
      /**
       * Checks if any subscribers are in an unhealthy state.
       *
       * A subscriber is considered unhealthy if:
       * - It exists but is not started (failed/disconnected)
       * - It's missing entirely for a node that should have one
       *
       * @returns true if any subscribers need to be recreated
       */
      hasUnhealthySubscribers() {
        let hasFailedSubscribers = Array.from(this.shardedSubscribers.values()).some((sub) => !sub.isHealthy()), hasMissingSubscribers = Array.from(this.subscriberToSlotsIndex.keys()).some((nodeKey) => !this.shardedSubscribers.has(nodeKey));
        return hasFailedSubscribers || hasMissingSubscribers;
      }
      shouldStartSubscriber(sub) {
        if (sub.isStarted())
          return !1;
        if (!sub.isLazyConnect())
          return !0;
        let subscriberSlots = this.subscriberToSlotsIndex.get(sub.getNodeKey());
        return subscriberSlots ? subscriberSlots.some((slot) => {
          let channels = this.channels.get(slot);
          return !!(channels && channels.length > 0);
        }) : !1;
      }
    };
    exports.default = ClusterSubscriberGroup;
    ClusterSubscriberGroup.MAX_RETRY_ATTEMPTS = 10;
    ClusterSubscriberGroup.MAX_BACKOFF_MS = 2e3;
    ClusterSubscriberGroup.BASE_BACKOFF_MS = 100;
  }
});

// node_modules/ioredis/built/cluster/index.js
var require_cluster = __commonJS({
  "node_modules/ioredis/built/cluster/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var commands_1 = require_built(), events_1 = __require("events"), redis_errors_1 = require_redis_errors(), standard_as_callback_1 = require_built2(), Command_1 = require_Command(), ClusterAllFailedError_1 = require_ClusterAllFailedError(), Redis_1 = require_Redis(), ScanStream_1 = require_ScanStream(), transaction_1 = require_transaction(), utils_1 = require_utils2(), applyMixin_1 = require_applyMixin(), Commander_1 = require_Commander(), ClusterOptions_1 = require_ClusterOptions(), ClusterSubscriber_1 = require_ClusterSubscriber(), ConnectionPool_1 = require_ConnectionPool(), DelayQueue_1 = require_DelayQueue(), util_1 = require_util(), Deque = require_denque(), ClusterSubscriberGroup_1 = require_ClusterSubscriberGroup(), debug = (0, utils_1.Debug)("cluster"), REJECT_OVERWRITTEN_COMMANDS = /* @__PURE__ */ new WeakSet(), Cluster = class _Cluster extends Commander_1.default {
      /**
       * Creates an instance of Cluster.
       */
      //TODO: Add an option that enables or disables sharded PubSub
      constructor(startupNodes, options = {}) {
        var _a;
        if (super(), this.slots = [], this._groupsIds = {}, this._groupsBySlot = Array(16384), this.isCluster = !0, this.retryAttempts = 0, this.delayQueue = new DelayQueue_1.default(), this.offlineQueue = new Deque(), this.isRefreshing = !1, this._refreshSlotsCacheCallbacks = [], this._autoPipelines = /* @__PURE__ */ new Map(), this._runningAutoPipelines = /* @__PURE__ */ new Set(), this._readyDelayedCallbacks = [], this.connectionEpoch = 0, events_1.EventEmitter.call(this), this.startupNodes = startupNodes, this.options = (0, utils_1.defaults)({}, options, ClusterOptions_1.DEFAULT_CLUSTER_OPTIONS, this.options), this.options.shardedSubscribers && this.createShardedSubscriberGroup(), this.options.redisOptions && this.options.redisOptions.keyPrefix && !this.options.keyPrefix && (this.options.keyPrefix = this.options.redisOptions.keyPrefix), typeof this.options.scaleReads != "function" && ["all", "master", "slave"].indexOf(this.options.scaleReads) === -1)
          throw new Error('Invalid option scaleReads "' + this.options.scaleReads + '". Expected "all", "master", "slave" or a custom function');
        this.connectionPool = new ConnectionPool_1.default((_a = this.options.redisOptions) !== null && _a !== void 0 ? _a : {}, this.options.clusterNodeRetryStrategy), this.connectionPool.on("-node", (redis, key) => {
          this.emit("-node", redis);
        }), this.connectionPool.on("+node", (redis) => {
          this.emit("+node", redis);
        }), this.connectionPool.on("drain", () => {
          this.setStatus("close");
        }), this.connectionPool.on("nodeError", (error, key) => {
          this.emit("node error", error, key);
        }), this.subscriber = new ClusterSubscriber_1.default(this.connectionPool, this), this.options.scripts && Object.entries(this.options.scripts).forEach(([name, definition]) => {
          this.defineCommand(name, definition);
        }), this.options.lazyConnect ? this.setStatus("wait") : this.connect().catch((err) => {
          debug("connecting failed: %s", err);
        });
      }
      /**
       * Connect to a cluster
       */
      connect() {
        return new Promise((resolve, reject) => {
          if (this.status === "connecting" || this.status === "connect" || this.status === "ready") {
            reject(new Error("Redis is already connecting/connected"));
            return;
          }
          let epoch = ++this.connectionEpoch;
          this.setStatus("connecting"), this.resolveStartupNodeHostnames().then((nodes) => {
            if (this.connectionEpoch !== epoch) {
              debug("discard connecting after resolving startup nodes because epoch not match: %d != %d", epoch, this.connectionEpoch), reject(new redis_errors_1.RedisError("Connection is discarded because a new connection is made"));
              return;
            }
            if (this.status !== "connecting") {
              debug("discard connecting after resolving startup nodes because the status changed to %s", this.status), reject(new redis_errors_1.RedisError("Connection is aborted"));
              return;
            }
            this.connectionPool.reset(nodes), this.options.shardedSubscribers && this.shardedSubscribers.reset(this.slots, this.connectionPool.getNodes("all")).catch((err) => {
              debug("Error while starting subscribers: %s", err);
            });
            let readyHandler = () => {
              this.setStatus("ready"), this.retryAttempts = 0, this.executeOfflineCommands(), this.resetNodesRefreshInterval(), resolve();
            }, closeListener, refreshListener = () => {
              this.invokeReadyDelayedCallbacks(void 0), this.removeListener("close", closeListener), this.manuallyClosing = !1, this.setStatus("connect"), this.options.enableReadyCheck ? this.readyCheck((err, fail) => {
                err || fail ? (debug("Ready check failed (%s). Reconnecting...", err || fail), this.status === "connect" && this.disconnect(!0)) : readyHandler();
              }) : readyHandler();
            };
            closeListener = () => {
              let error = new Error("None of startup nodes is available");
              this.removeListener("refresh", refreshListener), this.invokeReadyDelayedCallbacks(error), reject(error);
            }, this.once("refresh", refreshListener), this.once("close", closeListener), this.once("close", this.handleCloseEvent.bind(this)), this.refreshSlotsCache((err) => {
              err && err.message === ClusterAllFailedError_1.default.defaultMessage && (Redis_1.default.prototype.silentEmit.call(this, "error", err), this.connectionPool.reset([]));
            }), this.subscriber.start(), this.options.shardedSubscribers && this.shardedSubscribers.start().catch((err) => {
              debug("Error while starting subscribers: %s", err);
            });
          }).catch((err) => {
            this.setStatus("close"), this.handleCloseEvent(err), this.invokeReadyDelayedCallbacks(err), reject(err);
          });
        });
      }
      /**
       * Disconnect from every node in the cluster.
       */
      disconnect(reconnect = !1) {
        let status = this.status;
        this.setStatus("disconnecting"), reconnect || (this.manuallyClosing = !0), this.reconnectTimeout && !reconnect && (clearTimeout(this.reconnectTimeout), this.reconnectTimeout = null, debug("Canceled reconnecting attempts")), this.clearNodesRefreshInterval(), this.subscriber.stop(), this.options.shardedSubscribers && this.shardedSubscribers.stop(), status === "wait" ? (this.setStatus("close"), this.handleCloseEvent()) : this.connectionPool.reset([]);
      }
      /**
       * Quit the cluster gracefully.
       */
      quit(callback) {
        let status = this.status;
        if (this.setStatus("disconnecting"), this.manuallyClosing = !0, this.reconnectTimeout && (clearTimeout(this.reconnectTimeout), this.reconnectTimeout = null), this.clearNodesRefreshInterval(), this.subscriber.stop(), this.options.shardedSubscribers && this.shardedSubscribers.stop(), status === "wait") {
          let ret = (0, standard_as_callback_1.default)(Promise.resolve("OK"), callback);
          return setImmediate(function() {
            this.setStatus("close"), this.handleCloseEvent();
          }.bind(this)), ret;
        }
        return (0, standard_as_callback_1.default)(Promise.all(this.nodes().map((node) => node.quit().catch((err) => {
          if (err.message === utils_1.CONNECTION_CLOSED_ERROR_MSG)
            return "OK";
          throw err;
        }))).then(() => "OK"), callback);
      }
      /**
       * Create a new instance with the same startup nodes and options as the current one.
       *
       * @example
       * ```js
       * var cluster = new Redis.Cluster([{ host: "127.0.0.1", port: "30001" }]);
       * var anotherCluster = cluster.duplicate();
       * ```
       */
      duplicate(overrideStartupNodes = [], overrideOptions = {}) {
        let startupNodes = overrideStartupNodes.length > 0 ? overrideStartupNodes : this.startupNodes.slice(0), options = Object.assign({}, this.options, overrideOptions);
        return new _Cluster(startupNodes, options);
      }
      /**
       * Get nodes with the specified role
       */
      nodes(role = "all") {
        if (role !== "all" && role !== "master" && role !== "slave")
          throw new Error('Invalid role "' + role + '". Expected "all", "master" or "slave"');
        return this.connectionPool.getNodes(role);
      }
      /**
       * This is needed in order not to install a listener for each auto pipeline
       *
       * @ignore
       */
      delayUntilReady(callback) {
        this._readyDelayedCallbacks.push(callback);
      }
      /**
       * Get the number of commands queued in automatic pipelines.
       *
       * This is not available (and returns 0) until the cluster is connected and slots information have been received.
       */
      get autoPipelineQueueSize() {
        let queued = 0;
        for (let pipeline of this._autoPipelines.values())
          queued += pipeline.length;
        return queued;
      }
      /**
       * Refresh the slot cache
       *
       * @ignore
       */
      refreshSlotsCache(callback) {
        if (callback && this._refreshSlotsCacheCallbacks.push(callback), this.isRefreshing)
          return;
        this.isRefreshing = !0;
        let _this = this, wrapper = (error) => {
          this.isRefreshing = !1;
          for (let callback2 of this._refreshSlotsCacheCallbacks)
            callback2(error);
          this._refreshSlotsCacheCallbacks = [];
        }, nodes = (0, utils_1.shuffle)(this.connectionPool.getNodes()), lastNodeError = null;
        function tryNode(index) {
          if (index === nodes.length) {
            let error = new ClusterAllFailedError_1.default(ClusterAllFailedError_1.default.defaultMessage, lastNodeError);
            return wrapper(error);
          }
          let node = nodes[index], key = `${node.options.host}:${node.options.port}`;
          debug("getting slot cache from %s", key), _this.getInfoFromNode(node, function(err) {
            switch (_this.status) {
              case "close":
              case "end":
                return wrapper(new Error("Cluster is disconnected."));
              case "disconnecting":
                return wrapper(new Error("Cluster is disconnecting."));
            }
            err ? (_this.emit("node error", err, key), lastNodeError = err, tryNode(index + 1)) : (_this.emit("refresh"), wrapper());
          });
        }
        tryNode(0);
      }
      /**
       * @ignore
       */
      sendCommand(command2, stream, node) {
        if (this.status === "wait" && this.connect().catch(utils_1.noop), this.status === "end")
          return command2.reject(new Error(utils_1.CONNECTION_CLOSED_ERROR_MSG)), command2.promise;
        let to = this.options.scaleReads;
        to !== "master" && (command2.isReadOnly || (0, commands_1.exists)(command2.name) && (0, commands_1.hasFlag)(command2.name, "readonly") || (to = "master"));
        let targetSlot = node ? node.slot : command2.getSlot(), ttl = {}, _this = this;
        if (!node && !REJECT_OVERWRITTEN_COMMANDS.has(command2)) {
          REJECT_OVERWRITTEN_COMMANDS.add(command2);
          let reject = command2.reject;
          command2.reject = function(err) {
            let partialTry = tryConnection.bind(null, !0);
            _this.handleError(err, ttl, {
              moved: function(slot, key) {
                debug("command %s is moved to %s", command2.name, key), targetSlot = Number(slot), _this.slots[slot] ? _this.slots[slot][0] = key : _this.slots[slot] = [key], _this._groupsBySlot[slot] = _this._groupsIds[_this.slots[slot].join(";")], _this.connectionPool.findOrCreate(_this.natMapper(key)), tryConnection(), debug("refreshing slot caches... (triggered by MOVED error)"), _this.refreshSlotsCache();
              },
              ask: function(slot, key) {
                debug("command %s is required to ask %s:%s", command2.name, key);
                let mapped = _this.natMapper(key);
                _this.connectionPool.findOrCreate(mapped), tryConnection(!1, `${mapped.host}:${mapped.port}`);
              },
              tryagain: partialTry,
              clusterDown: partialTry,
              connectionClosed: partialTry,
              maxRedirections: function(redirectionError) {
                reject.call(command2, redirectionError);
              },
              defaults: function() {
                reject.call(command2, err);
              }
            });
          };
        }
        tryConnection();
        function tryConnection(random, asking) {
          if (_this.status === "end") {
            command2.reject(new redis_errors_1.AbortError("Cluster is ended."));
            return;
          }
          let redis;
          if (_this.status === "ready" || command2.name === "cluster") {
            if (node && node.redis)
              redis = node.redis;
            else if (Command_1.default.checkFlag("ENTER_SUBSCRIBER_MODE", command2.name) || Command_1.default.checkFlag("EXIT_SUBSCRIBER_MODE", command2.name)) {
              if (_this.options.shardedSubscribers && (command2.name == "ssubscribe" || command2.name == "sunsubscribe")) {
                let sub = _this.shardedSubscribers.getResponsibleSubscriber(targetSlot);
                if (!sub) {
                  command2.reject(new redis_errors_1.AbortError(`No sharded subscriber for slot: ${targetSlot}`));
                  return;
                }
                let status = -1;
                command2.name == "ssubscribe" && (status = _this.shardedSubscribers.addChannels(command2.getKeys())), command2.name == "sunsubscribe" && (status = _this.shardedSubscribers.removeChannels(command2.getKeys())), status !== -1 ? redis = sub.getInstance() : command2.reject(new redis_errors_1.AbortError("Possible CROSSSLOT error: All channels must hash to the same slot"));
              } else
                redis = _this.subscriber.getInstance();
              if (!redis) {
                command2.reject(new redis_errors_1.AbortError("No subscriber for the cluster"));
                return;
              }
            } else {
              if (!random) {
                if (typeof targetSlot == "number" && _this.slots[targetSlot]) {
                  let nodeKeys = _this.slots[targetSlot];
                  if (typeof to == "function") {
                    let nodes = nodeKeys.map(function(key) {
                      return _this.connectionPool.getInstanceByKey(key);
                    });
                    redis = to(nodes, command2), Array.isArray(redis) && (redis = (0, utils_1.sample)(redis)), redis || (redis = nodes[0]);
                  } else {
                    let key;
                    to === "all" ? key = (0, utils_1.sample)(nodeKeys) : to === "slave" && nodeKeys.length > 1 ? key = (0, utils_1.sample)(nodeKeys, 1) : key = nodeKeys[0], redis = _this.connectionPool.getInstanceByKey(key);
                  }
                }
                asking && (redis = _this.connectionPool.getInstanceByKey(asking), redis.asking());
              }
              if (redis || (redis = (typeof to == "function" ? null : _this.connectionPool.getSampleInstance(to)) || _this.connectionPool.getSampleInstance("all")), redis && !_this.options.enableOfflineQueue && redis.status !== "ready" && redis.status !== "wait") {
                command2.reject(new Error(utils_1.CONNECTION_CLOSED_ERROR_MSG));
                return;
              }
            }
            node && !node.redis && (node.redis = redis);
          }
          if (!redis && _this.options.enableOfflineQueue) {
            _this.offlineQueue.push({
              command: command2,
              stream,
              node
            });
            return;
          }
          if (!redis) {
            command2.reject(new Error("Cluster isn't ready and enableOfflineQueue options is false"));
            return;
          }
          redis.sendCommand(command2, stream);
        }
        return command2.promise;
      }
      sscanStream(key, options) {
        return this.createScanStream("sscan", { key, options });
      }
      sscanBufferStream(key, options) {
        return this.createScanStream("sscanBuffer", { key, options });
      }
      hscanStream(key, options) {
        return this.createScanStream("hscan", { key, options });
      }
      hscanBufferStream(key, options) {
        return this.createScanStream("hscanBuffer", { key, options });
      }
      zscanStream(key, options) {
        return this.createScanStream("zscan", { key, options });
      }
      zscanBufferStream(key, options) {
        return this.createScanStream("zscanBuffer", { key, options });
      }
      /**
       * @ignore
       */
      handleError(error, ttl, handlers) {
        if (typeof ttl.value > "u" ? ttl.value = this.options.maxRedirections : ttl.value -= 1, ttl.value <= 0) {
          handlers.maxRedirections(new Error("Too many Cluster redirections. Last error: " + error));
          return;
        }
        let errv = error.message.split(" ");
        if (errv[0] === "MOVED") {
          let timeout = this.options.retryDelayOnMoved;
          timeout && typeof timeout == "number" ? this.delayQueue.push("moved", handlers.moved.bind(null, errv[1], errv[2]), { timeout }) : handlers.moved(errv[1], errv[2]);
        } else errv[0] === "ASK" ? handlers.ask(errv[1], errv[2]) : errv[0] === "TRYAGAIN" ? this.delayQueue.push("tryagain", handlers.tryagain, {
          timeout: this.options.retryDelayOnTryAgain
        }) : errv[0] === "CLUSTERDOWN" && this.options.retryDelayOnClusterDown > 0 ? this.delayQueue.push("clusterdown", handlers.connectionClosed, {
          timeout: this.options.retryDelayOnClusterDown,
          callback: this.refreshSlotsCache.bind(this)
        }) : error.message === utils_1.CONNECTION_CLOSED_ERROR_MSG && this.options.retryDelayOnFailover > 0 && this.status === "ready" ? this.delayQueue.push("failover", handlers.connectionClosed, {
          timeout: this.options.retryDelayOnFailover,
          callback: this.refreshSlotsCache.bind(this)
        }) : handlers.defaults();
      }
      resetOfflineQueue() {
        this.offlineQueue = new Deque();
      }
      clearNodesRefreshInterval() {
        this.slotsTimer && (clearTimeout(this.slotsTimer), this.slotsTimer = null);
      }
      resetNodesRefreshInterval() {
        if (this.slotsTimer || !this.options.slotsRefreshInterval)
          return;
        let nextRound = () => {
          this.slotsTimer = setTimeout(() => {
            debug('refreshing slot caches... (triggered by "slotsRefreshInterval" option)'), this.refreshSlotsCache(() => {
              nextRound();
            });
          }, this.options.slotsRefreshInterval);
        };
        nextRound();
      }
      /**
       * Change cluster instance's status
       */
      setStatus(status) {
        debug("status: %s -> %s", this.status || "[empty]", status), this.status = status, process.nextTick(() => {
          this.emit(status);
        });
      }
      /**
       * Called when closed to check whether a reconnection should be made
       */
      handleCloseEvent(reason) {
        var _a;
        reason && debug("closed because %s", reason);
        let retryDelay;
        !this.manuallyClosing && typeof this.options.clusterRetryStrategy == "function" && (retryDelay = this.options.clusterRetryStrategy.call(this, ++this.retryAttempts, reason)), typeof retryDelay == "number" ? (this.setStatus("reconnecting"), this.reconnectTimeout = setTimeout(() => {
          this.reconnectTimeout = null, debug("Cluster is disconnected. Retrying after %dms", retryDelay), this.connect().catch(function(err) {
            debug("Got error %s when reconnecting. Ignoring...", err);
          });
        }, retryDelay)) : (this.options.shardedSubscribers && ((_a = this.subscriberGroupEmitter) === null || _a === void 0 || _a.removeAllListeners()), this.setStatus("end"), this.flushQueue(new Error("None of startup nodes is available")));
      }
      /**
       * Flush offline queue with error.
       */
      flushQueue(error) {
        let item;
        for (; item = this.offlineQueue.shift(); )
          item.command.reject(error);
      }
      executeOfflineCommands() {
        if (this.offlineQueue.length) {
          debug("send %d commands in offline queue", this.offlineQueue.length);
          let offlineQueue = this.offlineQueue;
          this.resetOfflineQueue();
          let item;
          for (; item = offlineQueue.shift(); )
            this.sendCommand(item.command, item.stream, item.node);
        }
      }
      natMapper(nodeKey) {
        let key = typeof nodeKey == "string" ? nodeKey : `${nodeKey.host}:${nodeKey.port}`, mapped = null;
        return this.options.natMap && typeof this.options.natMap == "function" ? mapped = this.options.natMap(key) : this.options.natMap && typeof this.options.natMap == "object" && (mapped = this.options.natMap[key]), mapped ? (debug("NAT mapping %s -> %O", key, mapped), Object.assign({}, mapped)) : typeof nodeKey == "string" ? (0, util_1.nodeKeyToRedisOptions)(nodeKey) : nodeKey;
      }
      getInfoFromNode(redis, callback) {
        if (!redis)
          return callback(new Error("Node is disconnected"));
        let duplicatedConnection = redis.duplicate({
          enableOfflineQueue: !0,
          enableReadyCheck: !1,
          retryStrategy: null,
          connectionName: (0, util_1.getConnectionName)("refresher", this.options.redisOptions && this.options.redisOptions.connectionName)
        });
        duplicatedConnection.on("error", utils_1.noop), duplicatedConnection.cluster("SLOTS", (0, utils_1.timeout)((err, result) => {
          if (duplicatedConnection.disconnect(), err)
            return debug("error encountered running CLUSTER.SLOTS: %s", err), callback(err);
          if (this.status === "disconnecting" || this.status === "close" || this.status === "end") {
            debug("ignore CLUSTER.SLOTS results (count: %d) since cluster status is %s", result.length, this.status), callback();
            return;
          }
          let nodes = [];
          debug("cluster slots result count: %d", result.length);
          for (let i = 0; i < result.length; ++i) {
            let items = result[i], slotRangeStart = items[0], slotRangeEnd = items[1], keys = [];
            for (let j2 = 2; j2 < items.length; j2++) {
              if (!items[j2][0])
                continue;
              let node = this.natMapper({
                host: items[j2][0],
                port: items[j2][1]
              });
              node.readOnly = j2 !== 2, nodes.push(node), keys.push(node.host + ":" + node.port);
            }
            debug("cluster slots result [%d]: slots %d~%d served by %s", i, slotRangeStart, slotRangeEnd, keys);
            for (let slot = slotRangeStart; slot <= slotRangeEnd; slot++)
              this.slots[slot] = keys;
          }
          this._groupsIds = /* @__PURE__ */ Object.create(null);
          let j = 0;
          for (let i = 0; i < 16384; i++) {
            let target = (this.slots[i] || []).join(";");
            if (!target.length) {
              this._groupsBySlot[i] = void 0;
              continue;
            }
            this._groupsIds[target] || (this._groupsIds[target] = ++j), this._groupsBySlot[i] = this._groupsIds[target];
          }
          this.connectionPool.reset(nodes), this.options.shardedSubscribers && this.shardedSubscribers.reset(this.slots, this.connectionPool.getNodes("all")).catch((err2) => {
            debug("Error while starting subscribers: %s", err2);
          }), callback();
        }, this.options.slotsRefreshTimeout));
      }
      invokeReadyDelayedCallbacks(err) {
        for (let c of this._readyDelayedCallbacks)
          process.nextTick(c, err);
        this._readyDelayedCallbacks = [];
      }
      /**
       * Check whether Cluster is able to process commands
       */
      readyCheck(callback) {
        this.cluster("INFO", (err, res) => {
          if (err)
            return callback(err);
          if (typeof res != "string")
            return callback();
          let state, lines = res.split(`\r
`);
          for (let i = 0; i < lines.length; ++i) {
            let parts = lines[i].split(":");
            if (parts[0] === "cluster_state") {
              state = parts[1];
              break;
            }
          }
          state === "fail" ? (debug("cluster state not ok (%s)", state), callback(null, state)) : callback();
        });
      }
      resolveSrv(hostname) {
        return new Promise((resolve, reject) => {
          this.options.resolveSrv(hostname, (err, records) => {
            if (err)
              return reject(err);
            let self = this, groupedRecords = (0, util_1.groupSrvRecords)(records), sortedKeys = Object.keys(groupedRecords).sort((a, b) => parseInt(a) - parseInt(b));
            function tryFirstOne(err2) {
              if (!sortedKeys.length)
                return reject(err2);
              let key = sortedKeys[0], group = groupedRecords[key], record = (0, util_1.weightSrvRecords)(group);
              group.records.length || sortedKeys.shift(), self.dnsLookup(record.name).then((host) => resolve({
                host,
                port: record.port
              }), tryFirstOne);
            }
            tryFirstOne();
          });
        });
      }
      dnsLookup(hostname) {
        return new Promise((resolve, reject) => {
          this.options.dnsLookup(hostname, (err, address) => {
            err ? (debug("failed to resolve hostname %s to IP: %s", hostname, err.message), reject(err)) : (debug("resolved hostname %s to IP %s", hostname, address), resolve(address));
          });
        });
      }
      /**
       * Normalize startup nodes, and resolving hostnames to IPs.
       *
       * This process happens every time when #connect() is called since
       * #startupNodes and DNS records may chanage.
       */
      async resolveStartupNodeHostnames() {
        if (!Array.isArray(this.startupNodes) || this.startupNodes.length === 0)
          throw new Error("`startupNodes` should contain at least one node.");
        let startupNodes = (0, util_1.normalizeNodeOptions)(this.startupNodes), hostnames = (0, util_1.getUniqueHostnamesFromOptions)(startupNodes);
        if (hostnames.length === 0)
          return startupNodes;
        let configs = await Promise.all(hostnames.map((this.options.useSRVRecords ? this.resolveSrv : this.dnsLookup).bind(this))), hostnameToConfig = (0, utils_1.zipMap)(hostnames, configs);
        return startupNodes.map((node) => {
          let config = hostnameToConfig.get(node.host);
          return config ? this.options.useSRVRecords ? Object.assign({}, node, config) : Object.assign({}, node, { host: config }) : node;
        });
      }
      createScanStream(command2, { key, options = {} }) {
        return new ScanStream_1.default({
          objectMode: !0,
          key,
          redis: this,
          command: command2,
          ...options
        });
      }
      createShardedSubscriberGroup() {
        this.subscriberGroupEmitter = new events_1.EventEmitter(), this.shardedSubscribers = new ClusterSubscriberGroup_1.default(this.subscriberGroupEmitter, this.options);
        let refreshSlotsCacheCallback = (err) => {
          err instanceof ClusterAllFailedError_1.default && this.disconnect(!0);
        };
        this.subscriberGroupEmitter.on("-node", (redis, nodeKey) => {
          this.emit("-node", redis, nodeKey), this.refreshSlotsCache(refreshSlotsCacheCallback);
        }), this.subscriberGroupEmitter.on("subscriberConnectFailed", ({ delay, error }) => {
          this.emit("error", error), setTimeout(() => {
            this.refreshSlotsCache(refreshSlotsCacheCallback);
          }, delay);
        }), this.subscriberGroupEmitter.on("moved", () => {
          this.refreshSlotsCache(refreshSlotsCacheCallback);
        }), this.subscriberGroupEmitter.on("-subscriber", () => {
          this.emit("-subscriber");
        }), this.subscriberGroupEmitter.on("+subscriber", () => {
          this.emit("+subscriber");
        }), this.subscriberGroupEmitter.on("nodeError", (error, nodeKey) => {
          this.emit("nodeError", error, nodeKey);
        }), this.subscriberGroupEmitter.on("subscribersReady", () => {
          this.emit("subscribersReady");
        });
        for (let event of ["smessage", "smessageBuffer"])
          this.subscriberGroupEmitter.on(event, (arg1, arg2, arg3) => {
            this.emit(event, arg1, arg2, arg3);
          });
      }
    };
    (0, applyMixin_1.default)(Cluster, events_1.EventEmitter);
    (0, transaction_1.addTransactionSupport)(Cluster.prototype);
    exports.default = Cluster;
  }
});

// node_modules/ioredis/built/connectors/AbstractConnector.js
var require_AbstractConnector = __commonJS({
  "node_modules/ioredis/built/connectors/AbstractConnector.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var utils_1 = require_utils2(), debug = (0, utils_1.Debug)("AbstractConnector"), AbstractConnector = class {
      constructor(disconnectTimeout) {
        this.connecting = !1, this.disconnectTimeout = disconnectTimeout;
      }
      check(info) {
        return !0;
      }
      disconnect() {
        if (this.connecting = !1, this.stream) {
          let stream = this.stream, timeout = setTimeout(() => {
            debug("stream %s:%s still open, destroying it", stream.remoteAddress, stream.remotePort), stream.destroy();
          }, this.disconnectTimeout);
          stream.on("close", () => clearTimeout(timeout)), stream.end();
        }
      }
    };
    exports.default = AbstractConnector;
  }
});

// node_modules/ioredis/built/connectors/StandaloneConnector.js
var require_StandaloneConnector = __commonJS({
  "node_modules/ioredis/built/connectors/StandaloneConnector.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var net_1 = __require("net"), tls_1 = __require("tls"), utils_1 = require_utils2(), AbstractConnector_1 = require_AbstractConnector(), StandaloneConnector = class extends AbstractConnector_1.default {
      constructor(options) {
        super(options.disconnectTimeout), this.options = options;
      }
      connect(_) {
        let { options } = this;
        this.connecting = !0;
        let connectionOptions;
        return "path" in options && options.path ? connectionOptions = {
          path: options.path
        } : (connectionOptions = {}, "port" in options && options.port != null && (connectionOptions.port = options.port), "host" in options && options.host != null && (connectionOptions.host = options.host), "family" in options && options.family != null && (connectionOptions.family = options.family)), options.tls && Object.assign(connectionOptions, options.tls), new Promise((resolve, reject) => {
          process.nextTick(() => {
            if (!this.connecting) {
              reject(new Error(utils_1.CONNECTION_CLOSED_ERROR_MSG));
              return;
            }
            try {
              options.tls ? this.stream = (0, tls_1.connect)(connectionOptions) : this.stream = (0, net_1.createConnection)(connectionOptions);
            } catch (err) {
              reject(err);
              return;
            }
            this.stream.once("error", (err) => {
              this.firstError = err;
            }), resolve(this.stream);
          });
        });
      }
    };
    exports.default = StandaloneConnector;
  }
});

// node_modules/ioredis/built/connectors/SentinelConnector/SentinelIterator.js
var require_SentinelIterator = __commonJS({
  "node_modules/ioredis/built/connectors/SentinelConnector/SentinelIterator.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    function isSentinelEql(a, b) {
      return (a.host || "127.0.0.1") === (b.host || "127.0.0.1") && (a.port || 26379) === (b.port || 26379);
    }
    var SentinelIterator = class {
      constructor(sentinels) {
        this.cursor = 0, this.sentinels = sentinels.slice(0);
      }
      next() {
        let done = this.cursor >= this.sentinels.length;
        return { done, value: done ? void 0 : this.sentinels[this.cursor++] };
      }
      reset(moveCurrentEndpointToFirst) {
        moveCurrentEndpointToFirst && this.sentinels.length > 1 && this.cursor !== 1 && this.sentinels.unshift(...this.sentinels.splice(this.cursor - 1)), this.cursor = 0;
      }
      add(sentinel) {
        for (let i = 0; i < this.sentinels.length; i++)
          if (isSentinelEql(sentinel, this.sentinels[i]))
            return !1;
        return this.sentinels.push(sentinel), !0;
      }
      toString() {
        return `${JSON.stringify(this.sentinels)} @${this.cursor}`;
      }
    };
    exports.default = SentinelIterator;
  }
});

// node_modules/ioredis/built/connectors/SentinelConnector/FailoverDetector.js
var require_FailoverDetector = __commonJS({
  "node_modules/ioredis/built/connectors/SentinelConnector/FailoverDetector.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.FailoverDetector = void 0;
    var utils_1 = require_utils2(), debug = (0, utils_1.Debug)("FailoverDetector"), CHANNEL_NAME = "+switch-master", FailoverDetector = class {
      // sentinels can't be used for regular commands after this
      constructor(connector, sentinels) {
        this.isDisconnected = !1, this.connector = connector, this.sentinels = sentinels;
      }
      cleanup() {
        this.isDisconnected = !0;
        for (let sentinel of this.sentinels)
          sentinel.client.disconnect();
      }
      async subscribe() {
        debug("Starting FailoverDetector");
        let promises = [];
        for (let sentinel of this.sentinels) {
          let promise = sentinel.client.subscribe(CHANNEL_NAME).catch((err) => {
            debug("Failed to subscribe to failover messages on sentinel %s:%s (%s)", sentinel.address.host || "127.0.0.1", sentinel.address.port || 26739, err.message);
          });
          promises.push(promise), sentinel.client.on("message", (channel) => {
            !this.isDisconnected && channel === CHANNEL_NAME && this.disconnect();
          });
        }
        await Promise.all(promises);
      }
      disconnect() {
        this.isDisconnected = !0, debug("Failover detected, disconnecting"), this.connector.disconnect();
      }
    };
    exports.FailoverDetector = FailoverDetector;
  }
});

// node_modules/ioredis/built/connectors/SentinelConnector/index.js
var require_SentinelConnector = __commonJS({
  "node_modules/ioredis/built/connectors/SentinelConnector/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.SentinelIterator = void 0;
    var net_1 = __require("net"), utils_1 = require_utils2(), tls_1 = __require("tls"), SentinelIterator_1 = require_SentinelIterator();
    exports.SentinelIterator = SentinelIterator_1.default;
    var AbstractConnector_1 = require_AbstractConnector(), Redis_1 = require_Redis(), FailoverDetector_1 = require_FailoverDetector(), debug = (0, utils_1.Debug)("SentinelConnector"), SentinelConnector = class extends AbstractConnector_1.default {
      constructor(options) {
        if (super(options.disconnectTimeout), this.options = options, this.emitter = null, this.failoverDetector = null, !this.options.sentinels.length)
          throw new Error("Requires at least one sentinel to connect to.");
        if (!this.options.name)
          throw new Error("Requires the name of master.");
        this.sentinelIterator = new SentinelIterator_1.default(this.options.sentinels);
      }
      check(info) {
        let roleMatches = !info.role || this.options.role === info.role;
        return roleMatches || (debug("role invalid, expected %s, but got %s", this.options.role, info.role), this.sentinelIterator.next(), this.sentinelIterator.next(), this.sentinelIterator.reset(!0)), roleMatches;
      }
      disconnect() {
        super.disconnect(), this.failoverDetector && this.failoverDetector.cleanup();
      }
      connect(eventEmitter) {
        this.connecting = !0, this.retryAttempts = 0;
        let lastError, connectToNext = async () => {
          let endpoint = this.sentinelIterator.next();
          if (endpoint.done) {
            this.sentinelIterator.reset(!1);
            let retryDelay = typeof this.options.sentinelRetryStrategy == "function" ? this.options.sentinelRetryStrategy(++this.retryAttempts) : null, errorMsg = typeof retryDelay != "number" ? "All sentinels are unreachable and retry is disabled." : `All sentinels are unreachable. Retrying from scratch after ${retryDelay}ms.`;
            lastError && (errorMsg += ` Last error: ${lastError.message}`), debug(errorMsg);
            let error = new Error(errorMsg);
            if (typeof retryDelay == "number")
              return eventEmitter("error", error), await new Promise((resolve) => setTimeout(resolve, retryDelay)), connectToNext();
            throw error;
          }
          let resolved = null, err = null;
          try {
            resolved = await this.resolve(endpoint.value);
          } catch (error) {
            err = error;
          }
          if (!this.connecting)
            throw new Error(utils_1.CONNECTION_CLOSED_ERROR_MSG);
          let endpointAddress = endpoint.value.host + ":" + endpoint.value.port;
          if (resolved)
            return debug("resolved: %s:%s from sentinel %s", resolved.host, resolved.port, endpointAddress), this.options.enableTLSForSentinelMode && this.options.tls ? (Object.assign(resolved, this.options.tls), this.stream = (0, tls_1.connect)(resolved), this.stream.once("secureConnect", this.initFailoverDetector.bind(this))) : (this.stream = (0, net_1.createConnection)(resolved), this.stream.once("connect", this.initFailoverDetector.bind(this))), this.stream.once("error", (err2) => {
              this.firstError = err2;
            }), this.stream;
          {
            let errorMsg = err ? "failed to connect to sentinel " + endpointAddress + " because " + err.message : "connected to sentinel " + endpointAddress + " successfully, but got an invalid reply: " + resolved;
            return debug(errorMsg), eventEmitter("sentinelError", new Error(errorMsg)), err && (lastError = err), connectToNext();
          }
        };
        return connectToNext();
      }
      async updateSentinels(client) {
        if (!this.options.updateSentinels)
          return;
        let result = await client.sentinel("sentinels", this.options.name);
        Array.isArray(result) && (result.map(utils_1.packObject).forEach((sentinel) => {
          if ((sentinel.flags ? sentinel.flags.split(",") : []).indexOf("disconnected") === -1 && sentinel.ip && sentinel.port) {
            let endpoint = this.sentinelNatResolve(addressResponseToAddress(sentinel));
            this.sentinelIterator.add(endpoint) && debug("adding sentinel %s:%s", endpoint.host, endpoint.port);
          }
        }), debug("Updated internal sentinels: %s", this.sentinelIterator));
      }
      async resolveMaster(client) {
        let result = await client.sentinel("get-master-addr-by-name", this.options.name);
        return await this.updateSentinels(client), this.sentinelNatResolve(Array.isArray(result) ? { host: result[0], port: Number(result[1]) } : null);
      }
      async resolveSlave(client) {
        let result = await client.sentinel("slaves", this.options.name);
        if (!Array.isArray(result))
          return null;
        let availableSlaves = result.map(utils_1.packObject).filter((slave) => slave.flags && !slave.flags.match(/(disconnected|s_down|o_down)/));
        return this.sentinelNatResolve(selectPreferredSentinel(availableSlaves, this.options.preferredSlaves));
      }
      sentinelNatResolve(item) {
        if (!item || !this.options.natMap)
          return item;
        let key = `${item.host}:${item.port}`, result = item;
        return typeof this.options.natMap == "function" ? result = this.options.natMap(key) || item : typeof this.options.natMap == "object" && (result = this.options.natMap[key] || item), result;
      }
      connectToSentinel(endpoint, options) {
        return new Redis_1.default({
          port: endpoint.port || 26379,
          host: endpoint.host,
          username: this.options.sentinelUsername || null,
          password: this.options.sentinelPassword || null,
          family: endpoint.family || // @ts-expect-error
          ("path" in this.options && this.options.path ? void 0 : (
            // @ts-expect-error
            this.options.family
          )),
          tls: this.options.sentinelTLS,
          retryStrategy: null,
          enableReadyCheck: !1,
          connectTimeout: this.options.connectTimeout,
          commandTimeout: this.options.sentinelCommandTimeout,
          ...options
        });
      }
      async resolve(endpoint) {
        let client = this.connectToSentinel(endpoint);
        client.on("error", noop);
        try {
          return this.options.role === "slave" ? await this.resolveSlave(client) : await this.resolveMaster(client);
        } finally {
          client.disconnect();
        }
      }
      async initFailoverDetector() {
        var _a;
        if (!this.options.failoverDetector)
          return;
        this.sentinelIterator.reset(!0);
        let sentinels = [];
        for (; sentinels.length < this.options.sentinelMaxConnections; ) {
          let { done, value } = this.sentinelIterator.next();
          if (done)
            break;
          let client = this.connectToSentinel(value, {
            lazyConnect: !0,
            retryStrategy: this.options.sentinelReconnectStrategy
          });
          client.on("reconnecting", () => {
            var _a2;
            (_a2 = this.emitter) === null || _a2 === void 0 || _a2.emit("sentinelReconnecting");
          }), sentinels.push({ address: value, client });
        }
        this.sentinelIterator.reset(!1), this.failoverDetector && this.failoverDetector.cleanup(), this.failoverDetector = new FailoverDetector_1.FailoverDetector(this, sentinels), await this.failoverDetector.subscribe(), (_a = this.emitter) === null || _a === void 0 || _a.emit("failoverSubscribed");
      }
    };
    exports.default = SentinelConnector;
    function selectPreferredSentinel(availableSlaves, preferredSlaves) {
      if (availableSlaves.length === 0)
        return null;
      let selectedSlave;
      if (typeof preferredSlaves == "function")
        selectedSlave = preferredSlaves(availableSlaves);
      else if (preferredSlaves !== null && typeof preferredSlaves == "object") {
        let preferredSlavesArray = Array.isArray(preferredSlaves) ? preferredSlaves : [preferredSlaves];
        preferredSlavesArray.sort((a, b) => (a.prio || (a.prio = 1), b.prio || (b.prio = 1), a.prio < b.prio ? -1 : a.prio > b.prio ? 1 : 0));
        for (let p = 0; p < preferredSlavesArray.length; p++) {
          for (let a = 0; a < availableSlaves.length; a++) {
            let slave = availableSlaves[a];
            if (slave.ip === preferredSlavesArray[p].ip && slave.port === preferredSlavesArray[p].port) {
              selectedSlave = slave;
              break;
            }
          }
          if (selectedSlave)
            break;
        }
      }
      return selectedSlave || (selectedSlave = (0, utils_1.sample)(availableSlaves)), addressResponseToAddress(selectedSlave);
    }
    function addressResponseToAddress(input) {
      return { host: input.ip, port: Number(input.port) };
    }
    function noop() {
    }
  }
});

// node_modules/ioredis/built/connectors/index.js
var require_connectors = __commonJS({
  "node_modules/ioredis/built/connectors/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.SentinelConnector = exports.StandaloneConnector = void 0;
    var StandaloneConnector_1 = require_StandaloneConnector();
    exports.StandaloneConnector = StandaloneConnector_1.default;
    var SentinelConnector_1 = require_SentinelConnector();
    exports.SentinelConnector = SentinelConnector_1.default;
  }
});

// node_modules/ioredis/built/errors/MaxRetriesPerRequestError.js
var require_MaxRetriesPerRequestError = __commonJS({
  "node_modules/ioredis/built/errors/MaxRetriesPerRequestError.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var redis_errors_1 = require_redis_errors(), MaxRetriesPerRequestError = class extends redis_errors_1.AbortError {
      constructor(maxRetriesPerRequest) {
        let message = `Reached the max retries per request limit (which is ${maxRetriesPerRequest}). Refer to "maxRetriesPerRequest" option for details.`;
        super(message), Error.captureStackTrace(this, this.constructor);
      }
      get name() {
        return this.constructor.name;
      }
    };
    exports.default = MaxRetriesPerRequestError;
  }
});

// node_modules/ioredis/built/errors/index.js
var require_errors = __commonJS({
  "node_modules/ioredis/built/errors/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.MaxRetriesPerRequestError = void 0;
    var MaxRetriesPerRequestError_1 = require_MaxRetriesPerRequestError();
    exports.MaxRetriesPerRequestError = MaxRetriesPerRequestError_1.default;
  }
});

// node_modules/redis-parser/lib/parser.js
var require_parser = __commonJS({
  "node_modules/redis-parser/lib/parser.js"(exports, module) {
    "use strict";
    var Buffer2 = __require("buffer").Buffer, StringDecoder = __require("string_decoder").StringDecoder, decoder = new StringDecoder(), errors = require_redis_errors(), ReplyError = errors.ReplyError, ParserError = errors.ParserError, bufferPool = Buffer2.allocUnsafe(32 * 1024), bufferOffset = 0, interval = null, counter = 0, notDecreased = 0;
    function parseSimpleNumbers(parser) {
      let length = parser.buffer.length - 1;
      var offset = parser.offset, number = 0, sign = 1;
      for (parser.buffer[offset] === 45 && (sign = -1, offset++); offset < length; ) {
        let c1 = parser.buffer[offset++];
        if (c1 === 13)
          return parser.offset = offset + 1, sign * number;
        number = number * 10 + (c1 - 48);
      }
    }
    function parseStringNumbers(parser) {
      let length = parser.buffer.length - 1;
      var offset = parser.offset, number = 0, res = "";
      for (parser.buffer[offset] === 45 && (res += "-", offset++); offset < length; ) {
        var c1 = parser.buffer[offset++];
        if (c1 === 13)
          return parser.offset = offset + 1, number !== 0 && (res += number), res;
        number > 429496728 ? (res += number * 10 + (c1 - 48), number = 0) : c1 === 48 && number === 0 ? res += 0 : number = number * 10 + (c1 - 48);
      }
    }
    function parseSimpleString(parser) {
      let start = parser.offset, buffer = parser.buffer, length = buffer.length - 1;
      for (var offset = start; offset < length; )
        if (buffer[offset++] === 13)
          return parser.offset = offset + 1, parser.optionReturnBuffers === !0 ? parser.buffer.slice(start, offset - 1) : parser.buffer.toString("utf8", start, offset - 1);
    }
    function parseLength(parser) {
      let length = parser.buffer.length - 1;
      for (var offset = parser.offset, number = 0; offset < length; ) {
        let c1 = parser.buffer[offset++];
        if (c1 === 13)
          return parser.offset = offset + 1, number;
        number = number * 10 + (c1 - 48);
      }
    }
    function parseInteger2(parser) {
      return parser.optionStringNumbers === !0 ? parseStringNumbers(parser) : parseSimpleNumbers(parser);
    }
    function parseBulkString(parser) {
      let length = parseLength(parser);
      if (length === void 0)
        return;
      if (length < 0)
        return null;
      let offset = parser.offset + length;
      if (offset + 2 > parser.buffer.length) {
        parser.bigStrSize = offset + 2, parser.totalChunkSize = parser.buffer.length, parser.bufferCache.push(parser.buffer);
        return;
      }
      let start = parser.offset;
      return parser.offset = offset + 2, parser.optionReturnBuffers === !0 ? parser.buffer.slice(start, offset) : parser.buffer.toString("utf8", start, offset);
    }
    function parseError(parser) {
      var string = parseSimpleString(parser);
      if (string !== void 0)
        return parser.optionReturnBuffers === !0 && (string = string.toString()), new ReplyError(string);
    }
    function handleError(parser, type) {
      let err = new ParserError(
        "Protocol error, got " + JSON.stringify(String.fromCharCode(type)) + " as reply type byte",
        JSON.stringify(parser.buffer),
        parser.offset
      );
      parser.buffer = null, parser.returnFatalError(err);
    }
    function parseArray(parser) {
      let length = parseLength(parser);
      if (length === void 0)
        return;
      if (length < 0)
        return null;
      let responses = new Array(length);
      return parseArrayElements(parser, responses, 0);
    }
    function pushArrayCache(parser, array, pos) {
      parser.arrayCache.push(array), parser.arrayPos.push(pos);
    }
    function parseArrayChunks(parser) {
      let tmp = parser.arrayCache.pop();
      var pos = parser.arrayPos.pop();
      if (parser.arrayCache.length) {
        let res = parseArrayChunks(parser);
        if (res === void 0) {
          pushArrayCache(parser, tmp, pos);
          return;
        }
        tmp[pos++] = res;
      }
      return parseArrayElements(parser, tmp, pos);
    }
    function parseArrayElements(parser, responses, i) {
      let bufferLength = parser.buffer.length;
      for (; i < responses.length; ) {
        let offset = parser.offset;
        if (parser.offset >= bufferLength) {
          pushArrayCache(parser, responses, i);
          return;
        }
        let response = parseType(parser, parser.buffer[parser.offset++]);
        if (response === void 0) {
          parser.arrayCache.length || parser.bufferCache.length || (parser.offset = offset), pushArrayCache(parser, responses, i);
          return;
        }
        responses[i] = response, i++;
      }
      return responses;
    }
    function parseType(parser, type) {
      switch (type) {
        case 36:
          return parseBulkString(parser);
        case 43:
          return parseSimpleString(parser);
        case 42:
          return parseArray(parser);
        case 58:
          return parseInteger2(parser);
        case 45:
          return parseError(parser);
        default:
          return handleError(parser, type);
      }
    }
    function decreaseBufferPool() {
      if (bufferPool.length > 50 * 1024)
        if (counter === 1 || notDecreased > counter * 2) {
          let minSliceLen = Math.floor(bufferPool.length / 10), sliceLength = minSliceLen < bufferOffset ? bufferOffset : minSliceLen;
          bufferOffset = 0, bufferPool = bufferPool.slice(sliceLength, bufferPool.length);
        } else
          notDecreased++, counter--;
      else
        clearInterval(interval), counter = 0, notDecreased = 0, interval = null;
    }
    function resizeBuffer(length) {
      if (bufferPool.length < length + bufferOffset) {
        let multiplier = length > 78643200 ? 2 : 3;
        bufferOffset > 1024 * 1024 * 111 && (bufferOffset = 1024 * 1024 * 50), bufferPool = Buffer2.allocUnsafe(length * multiplier + bufferOffset), bufferOffset = 0, counter++, interval === null && (interval = setInterval(decreaseBufferPool, 50));
      }
    }
    function concatBulkString(parser) {
      let list = parser.bufferCache, oldOffset = parser.offset;
      var chunks = list.length, offset = parser.bigStrSize - parser.totalChunkSize;
      if (parser.offset = offset, offset <= 2) {
        if (chunks === 2)
          return list[0].toString("utf8", oldOffset, list[0].length + offset - 2);
        chunks--, offset = list[list.length - 2].length + offset;
      }
      for (var res = decoder.write(list[0].slice(oldOffset)), i = 1; i < chunks - 1; i++)
        res += decoder.write(list[i]);
      return res += decoder.end(list[i].slice(0, offset - 2)), res;
    }
    function concatBulkBuffer(parser) {
      let list = parser.bufferCache, oldOffset = parser.offset, length = parser.bigStrSize - oldOffset - 2;
      var chunks = list.length, offset = parser.bigStrSize - parser.totalChunkSize;
      if (parser.offset = offset, offset <= 2) {
        if (chunks === 2)
          return list[0].slice(oldOffset, list[0].length + offset - 2);
        chunks--, offset = list[list.length - 2].length + offset;
      }
      resizeBuffer(length);
      let start = bufferOffset;
      list[0].copy(bufferPool, start, oldOffset, list[0].length), bufferOffset += list[0].length - oldOffset;
      for (var i = 1; i < chunks - 1; i++)
        list[i].copy(bufferPool, bufferOffset), bufferOffset += list[i].length;
      return list[i].copy(bufferPool, bufferOffset, 0, offset - 2), bufferOffset += offset - 2, bufferPool.slice(start, bufferOffset);
    }
    var JavascriptRedisParser = class {
      /**
       * Javascript Redis Parser constructor
       * @param {{returnError: Function, returnReply: Function, returnFatalError?: Function, returnBuffers: boolean, stringNumbers: boolean }} options
       * @constructor
       */
      constructor(options) {
        if (!options)
          throw new TypeError("Options are mandatory.");
        if (typeof options.returnError != "function" || typeof options.returnReply != "function")
          throw new TypeError("The returnReply and returnError options have to be functions.");
        this.setReturnBuffers(!!options.returnBuffers), this.setStringNumbers(!!options.stringNumbers), this.returnError = options.returnError, this.returnFatalError = options.returnFatalError || options.returnError, this.returnReply = options.returnReply, this.reset();
      }
      /**
       * Reset the parser values to the initial state
       *
       * @returns {undefined}
       */
      reset() {
        this.offset = 0, this.buffer = null, this.bigStrSize = 0, this.totalChunkSize = 0, this.bufferCache = [], this.arrayCache = [], this.arrayPos = [];
      }
      /**
       * Set the returnBuffers option
       *
       * @param {boolean} returnBuffers
       * @returns {undefined}
       */
      setReturnBuffers(returnBuffers) {
        if (typeof returnBuffers != "boolean")
          throw new TypeError("The returnBuffers argument has to be a boolean");
        this.optionReturnBuffers = returnBuffers;
      }
      /**
       * Set the stringNumbers option
       *
       * @param {boolean} stringNumbers
       * @returns {undefined}
       */
      setStringNumbers(stringNumbers) {
        if (typeof stringNumbers != "boolean")
          throw new TypeError("The stringNumbers argument has to be a boolean");
        this.optionStringNumbers = stringNumbers;
      }
      /**
       * Parse the redis buffer
       * @param {Buffer} buffer
       * @returns {undefined}
       */
      execute(buffer) {
        if (this.buffer === null)
          this.buffer = buffer, this.offset = 0;
        else if (this.bigStrSize === 0) {
          let oldLength = this.buffer.length, remainingLength = oldLength - this.offset, newBuffer = Buffer2.allocUnsafe(remainingLength + buffer.length);
          if (this.buffer.copy(newBuffer, 0, this.offset, oldLength), buffer.copy(newBuffer, remainingLength, 0, buffer.length), this.buffer = newBuffer, this.offset = 0, this.arrayCache.length) {
            let arr = parseArrayChunks(this);
            if (arr === void 0)
              return;
            this.returnReply(arr);
          }
        } else if (this.totalChunkSize + buffer.length >= this.bigStrSize) {
          this.bufferCache.push(buffer);
          var tmp = this.optionReturnBuffers ? concatBulkBuffer(this) : concatBulkString(this);
          if (this.bigStrSize = 0, this.bufferCache = [], this.buffer = buffer, this.arrayCache.length && (this.arrayCache[0][this.arrayPos[0]++] = tmp, tmp = parseArrayChunks(this), tmp === void 0))
            return;
          this.returnReply(tmp);
        } else {
          this.bufferCache.push(buffer), this.totalChunkSize += buffer.length;
          return;
        }
        for (; this.offset < this.buffer.length; ) {
          let offset = this.offset, type = this.buffer[this.offset++], response = parseType(this, type);
          if (response === void 0) {
            this.arrayCache.length || this.bufferCache.length || (this.offset = offset);
            return;
          }
          type === 45 ? this.returnError(response) : this.returnReply(response);
        }
        this.buffer = null;
      }
    };
    module.exports = JavascriptRedisParser;
  }
});

// node_modules/redis-parser/index.js
var require_redis_parser = __commonJS({
  "node_modules/redis-parser/index.js"(exports, module) {
    "use strict";
    module.exports = require_parser();
  }
});

// node_modules/ioredis/built/SubscriptionSet.js
var require_SubscriptionSet = __commonJS({
  "node_modules/ioredis/built/SubscriptionSet.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var SubscriptionSet = class {
      constructor() {
        this.set = {
          subscribe: {},
          psubscribe: {},
          ssubscribe: {}
        };
      }
      add(set, channel) {
        this.set[mapSet(set)][channel] = !0;
      }
      del(set, channel) {
        delete this.set[mapSet(set)][channel];
      }
      channels(set) {
        return Object.keys(this.set[mapSet(set)]);
      }
      isEmpty() {
        return this.channels("subscribe").length === 0 && this.channels("psubscribe").length === 0 && this.channels("ssubscribe").length === 0;
      }
    };
    exports.default = SubscriptionSet;
    function mapSet(set) {
      return set === "unsubscribe" ? "subscribe" : set === "punsubscribe" ? "psubscribe" : set === "sunsubscribe" ? "ssubscribe" : set;
    }
  }
});

// node_modules/ioredis/built/DataHandler.js
var require_DataHandler = __commonJS({
  "node_modules/ioredis/built/DataHandler.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var Command_1 = require_Command(), utils_1 = require_utils2(), RedisParser = require_redis_parser(), SubscriptionSet_1 = require_SubscriptionSet(), debug = (0, utils_1.Debug)("dataHandler"), DataHandler = class {
      constructor(redis, parserOptions) {
        this.redis = redis;
        let parser = new RedisParser({
          stringNumbers: parserOptions.stringNumbers,
          returnBuffers: !0,
          returnError: (err) => {
            this.returnError(err);
          },
          returnFatalError: (err) => {
            this.returnFatalError(err);
          },
          returnReply: (reply) => {
            this.returnReply(reply);
          }
        });
        redis.stream.prependListener("data", (data) => {
          parser.execute(data);
        }), redis.stream.resume();
      }
      returnFatalError(err) {
        err.message += ". Please report this.", this.redis.recoverFromFatalError(err, err, { offlineQueue: !1 });
      }
      returnError(err) {
        let item = this.shiftCommand(err);
        if (item) {
          if (err.command = {
            name: item.command.name,
            args: item.command.args
          }, item.command.name == "ssubscribe" && err.message.includes("MOVED")) {
            this.redis.emit("moved");
            return;
          }
          this.redis.handleReconnection(err, item);
        }
      }
      returnReply(reply) {
        if (this.handleMonitorReply(reply) || this.handleSubscriberReply(reply))
          return;
        let item = this.shiftCommand(reply);
        item && (Command_1.default.checkFlag("ENTER_SUBSCRIBER_MODE", item.command.name) ? (this.redis.condition.subscriber = new SubscriptionSet_1.default(), this.redis.condition.subscriber.add(item.command.name, reply[1].toString()), fillSubCommand(item.command, reply[2]) || this.redis.commandQueue.unshift(item)) : Command_1.default.checkFlag("EXIT_SUBSCRIBER_MODE", item.command.name) ? fillUnsubCommand(item.command, reply[2]) || this.redis.commandQueue.unshift(item) : item.command.resolve(reply));
      }
      handleSubscriberReply(reply) {
        if (!this.redis.condition.subscriber)
          return !1;
        let replyType = Array.isArray(reply) ? reply[0].toString() : null;
        switch (debug('receive reply "%s" in subscriber mode', replyType), replyType) {
          case "message":
            this.redis.listeners("message").length > 0 && this.redis.emit("message", reply[1].toString(), reply[2] ? reply[2].toString() : ""), this.redis.emit("messageBuffer", reply[1], reply[2]);
            break;
          case "pmessage": {
            let pattern = reply[1].toString();
            this.redis.listeners("pmessage").length > 0 && this.redis.emit("pmessage", pattern, reply[2].toString(), reply[3].toString()), this.redis.emit("pmessageBuffer", pattern, reply[2], reply[3]);
            break;
          }
          case "smessage": {
            this.redis.listeners("smessage").length > 0 && this.redis.emit("smessage", reply[1].toString(), reply[2] ? reply[2].toString() : ""), this.redis.emit("smessageBuffer", reply[1], reply[2]);
            break;
          }
          case "ssubscribe":
          case "subscribe":
          case "psubscribe": {
            let channel = reply[1].toString();
            this.redis.condition.subscriber.add(replyType, channel);
            let item = this.shiftCommand(reply);
            if (!item)
              return;
            fillSubCommand(item.command, reply[2]) || this.redis.commandQueue.unshift(item);
            break;
          }
          case "sunsubscribe":
          case "unsubscribe":
          case "punsubscribe": {
            let channel = reply[1] ? reply[1].toString() : null;
            channel && this.redis.condition.subscriber.del(replyType, channel);
            let count = reply[2];
            Number(count) === 0 && (this.redis.condition.subscriber = !1);
            let item = this.shiftCommand(reply);
            if (!item)
              return;
            fillUnsubCommand(item.command, count) || this.redis.commandQueue.unshift(item);
            break;
          }
          default: {
            let item = this.shiftCommand(reply);
            if (!item)
              return;
            item.command.resolve(reply);
          }
        }
        return !0;
      }
      handleMonitorReply(reply) {
        if (this.redis.status !== "monitoring")
          return !1;
        let replyStr = reply.toString();
        if (replyStr === "OK")
          return !1;
        let len = replyStr.indexOf(" "), timestamp = replyStr.slice(0, len), argIndex = replyStr.indexOf('"'), args = replyStr.slice(argIndex + 1, -1).split('" "').map((elem) => elem.replace(/\\"/g, '"')), dbAndSource = replyStr.slice(len + 2, argIndex - 2).split(" ");
        return this.redis.emit("monitor", timestamp, args, dbAndSource[1], dbAndSource[0]), !0;
      }
      shiftCommand(reply) {
        let item = this.redis.commandQueue.shift();
        if (!item) {
          let message = "Command queue state error. If you can reproduce this, please report it.", error = new Error(message + (reply instanceof Error ? ` Last error: ${reply.message}` : ` Last reply: ${reply.toString()}`));
          return this.redis.emit("error", error), null;
        }
        return item;
      }
    };
    exports.default = DataHandler;
    var remainingRepliesMap = /* @__PURE__ */ new WeakMap();
    function fillSubCommand(command2, count) {
      let remainingReplies = remainingRepliesMap.has(command2) ? remainingRepliesMap.get(command2) : command2.args.length;
      return remainingReplies -= 1, remainingReplies <= 0 ? (command2.resolve(count), remainingRepliesMap.delete(command2), !0) : (remainingRepliesMap.set(command2, remainingReplies), !1);
    }
    function fillUnsubCommand(command2, count) {
      let remainingReplies = remainingRepliesMap.has(command2) ? remainingRepliesMap.get(command2) : command2.args.length;
      return remainingReplies === 0 ? Number(count) === 0 ? (remainingRepliesMap.delete(command2), command2.resolve(count), !0) : !1 : (remainingReplies -= 1, remainingReplies <= 0 ? (command2.resolve(count), !0) : (remainingRepliesMap.set(command2, remainingReplies), !1));
    }
  }
});

// node_modules/ioredis/built/redis/event_handler.js
var require_event_handler = __commonJS({
  "node_modules/ioredis/built/redis/event_handler.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.readyHandler = exports.errorHandler = exports.closeHandler = exports.connectHandler = void 0;
    var redis_errors_1 = require_redis_errors(), Command_1 = require_Command(), errors_1 = require_errors(), utils_1 = require_utils2(), DataHandler_1 = require_DataHandler(), debug = (0, utils_1.Debug)("connection");
    function connectHandler(self) {
      return function() {
        var _a;
        self.setStatus("connect"), self.resetCommandQueue();
        let flushed = !1, { connectionEpoch } = self;
        self.condition.auth && self.auth(self.condition.auth, function(err) {
          connectionEpoch === self.connectionEpoch && err && (err.message.indexOf("no password is set") !== -1 ? console.warn("[WARN] Redis server does not require a password, but a password was supplied.") : err.message.indexOf("without any password configured for the default user") !== -1 ? console.warn("[WARN] This Redis server's `default` user does not require a password, but a password was supplied") : err.message.indexOf("wrong number of arguments for 'auth' command") !== -1 ? console.warn(`[ERROR] The server returned "wrong number of arguments for 'auth' command". You are probably passing both username and password to Redis version 5 or below. You should only pass the 'password' option for Redis version 5 and under.`) : (flushed = !0, self.recoverFromFatalError(err, err)));
        }), self.condition.select && self.select(self.condition.select).catch((err) => {
          self.silentEmit("error", err);
        }), new DataHandler_1.default(self, {
          stringNumbers: self.options.stringNumbers
        });
        let clientCommandPromises = [];
        self.options.connectionName && (debug("set the connection name [%s]", self.options.connectionName), clientCommandPromises.push(self.client("setname", self.options.connectionName).catch(utils_1.noop))), self.options.disableClientInfo || (debug("set the client info"), clientCommandPromises.push((0, utils_1.getPackageMeta)().then((packageMeta) => self.client("SETINFO", "LIB-VER", packageMeta.version).catch(utils_1.noop)).catch(utils_1.noop)), clientCommandPromises.push(self.client("SETINFO", "LIB-NAME", !((_a = self.options) === null || _a === void 0) && _a.clientInfoTag ? `ioredis(${self.options.clientInfoTag})` : "ioredis").catch(utils_1.noop))), Promise.all(clientCommandPromises).catch(utils_1.noop).finally(() => {
          self.options.enableReadyCheck || exports.readyHandler(self)(), self.options.enableReadyCheck && self._readyCheck(function(err, info) {
            connectionEpoch === self.connectionEpoch && (err ? flushed || self.recoverFromFatalError(new Error("Ready check failed: " + err.message), err) : self.connector.check(info) ? exports.readyHandler(self)() : self.disconnect(!0));
          });
        });
      };
    }
    exports.connectHandler = connectHandler;
    function abortError(command2) {
      let err = new redis_errors_1.AbortError("Command aborted due to connection close");
      return err.command = {
        name: command2.name,
        args: command2.args
      }, err;
    }
    function abortIncompletePipelines(commandQueue) {
      var _a;
      let expectedIndex = 0;
      for (let i = 0; i < commandQueue.length; ) {
        let command2 = (_a = commandQueue.peekAt(i)) === null || _a === void 0 ? void 0 : _a.command, pipelineIndex = command2.pipelineIndex;
        if ((pipelineIndex === void 0 || pipelineIndex === 0) && (expectedIndex = 0), pipelineIndex !== void 0 && pipelineIndex !== expectedIndex++) {
          commandQueue.remove(i, 1), command2.reject(abortError(command2));
          continue;
        }
        i++;
      }
    }
    function abortTransactionFragments(commandQueue) {
      var _a;
      for (let i = 0; i < commandQueue.length; ) {
        let command2 = (_a = commandQueue.peekAt(i)) === null || _a === void 0 ? void 0 : _a.command;
        if (command2.name === "multi")
          break;
        if (command2.name === "exec") {
          commandQueue.remove(i, 1), command2.reject(abortError(command2));
          break;
        }
        command2.inTransaction ? (commandQueue.remove(i, 1), command2.reject(abortError(command2))) : i++;
      }
    }
    function closeHandler(self) {
      return function() {
        let prevStatus = self.status;
        if (self.setStatus("close"), self.commandQueue.length && abortIncompletePipelines(self.commandQueue), self.offlineQueue.length && abortTransactionFragments(self.offlineQueue), prevStatus === "ready" && (self.prevCondition || (self.prevCondition = self.condition), self.commandQueue.length && (self.prevCommandQueue = self.commandQueue)), self.manuallyClosing)
          return self.manuallyClosing = !1, debug("skip reconnecting since the connection is manually closed."), close();
        if (typeof self.options.retryStrategy != "function")
          return debug("skip reconnecting because `retryStrategy` is not a function"), close();
        let retryDelay = self.options.retryStrategy(++self.retryAttempts);
        if (typeof retryDelay != "number")
          return debug("skip reconnecting because `retryStrategy` doesn't return a number"), close();
        debug("reconnect in %sms", retryDelay), self.setStatus("reconnecting", retryDelay), self.reconnectTimeout = setTimeout(function() {
          self.reconnectTimeout = null, self.connect().catch(utils_1.noop);
        }, retryDelay);
        let { maxRetriesPerRequest } = self.options;
        typeof maxRetriesPerRequest == "number" && (maxRetriesPerRequest < 0 ? debug("maxRetriesPerRequest is negative, ignoring...") : self.retryAttempts % (maxRetriesPerRequest + 1) === 0 && (debug("reach maxRetriesPerRequest limitation, flushing command queue..."), self.flushQueue(new errors_1.MaxRetriesPerRequestError(maxRetriesPerRequest))));
      };
      function close() {
        self.setStatus("end"), self.flushQueue(new Error(utils_1.CONNECTION_CLOSED_ERROR_MSG));
      }
    }
    exports.closeHandler = closeHandler;
    function errorHandler(self) {
      return function(error) {
        debug("error: %s", error), self.silentEmit("error", error);
      };
    }
    exports.errorHandler = errorHandler;
    function readyHandler(self) {
      return function() {
        if (self.setStatus("ready"), self.retryAttempts = 0, self.options.monitor) {
          self.call("monitor").then(() => self.setStatus("monitoring"), (error) => self.emit("error", error));
          let { sendCommand } = self;
          self.sendCommand = function(command2) {
            return Command_1.default.checkFlag("VALID_IN_MONITOR_MODE", command2.name) ? sendCommand.call(self, command2) : (command2.reject(new Error("Connection is in monitoring mode, can't process commands.")), command2.promise);
          }, self.once("close", function() {
            delete self.sendCommand;
          });
          return;
        }
        let finalSelect = self.prevCondition ? self.prevCondition.select : self.condition.select;
        if (self.options.readOnly && (debug("set the connection to readonly mode"), self.readonly().catch(utils_1.noop)), self.prevCondition) {
          let condition = self.prevCondition;
          if (self.prevCondition = null, condition.subscriber && self.options.autoResubscribe) {
            self.condition.select !== finalSelect && (debug("connect to db [%d]", finalSelect), self.select(finalSelect));
            let subscribeChannels = condition.subscriber.channels("subscribe");
            subscribeChannels.length && (debug("subscribe %d channels", subscribeChannels.length), self.subscribe(subscribeChannels));
            let psubscribeChannels = condition.subscriber.channels("psubscribe");
            psubscribeChannels.length && (debug("psubscribe %d channels", psubscribeChannels.length), self.psubscribe(psubscribeChannels));
            let ssubscribeChannels = condition.subscriber.channels("ssubscribe");
            if (ssubscribeChannels.length) {
              debug("ssubscribe %s", ssubscribeChannels.length);
              for (let channel of ssubscribeChannels)
                self.ssubscribe(channel);
            }
          }
        }
        if (self.prevCommandQueue)
          if (self.options.autoResendUnfulfilledCommands)
            for (debug("resend %d unfulfilled commands", self.prevCommandQueue.length); self.prevCommandQueue.length > 0; ) {
              let item = self.prevCommandQueue.shift();
              item.select !== self.condition.select && item.command.name !== "select" && self.select(item.select), self.sendCommand(item.command, item.stream);
            }
          else
            self.prevCommandQueue = null;
        if (self.offlineQueue.length) {
          debug("send %d commands in offline queue", self.offlineQueue.length);
          let offlineQueue = self.offlineQueue;
          for (self.resetOfflineQueue(); offlineQueue.length > 0; ) {
            let item = offlineQueue.shift();
            item.select !== self.condition.select && item.command.name !== "select" && self.select(item.select), self.sendCommand(item.command, item.stream);
          }
        }
        self.condition.select !== finalSelect && (debug("connect to db [%d]", finalSelect), self.select(finalSelect));
      };
    }
    exports.readyHandler = readyHandler;
  }
});

// node_modules/ioredis/built/redis/RedisOptions.js
var require_RedisOptions = __commonJS({
  "node_modules/ioredis/built/redis/RedisOptions.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.DEFAULT_REDIS_OPTIONS = void 0;
    exports.DEFAULT_REDIS_OPTIONS = {
      // Connection
      port: 6379,
      host: "localhost",
      family: 0,
      connectTimeout: 1e4,
      disconnectTimeout: 2e3,
      retryStrategy: function(times) {
        return Math.min(times * 50, 2e3);
      },
      keepAlive: 0,
      noDelay: !0,
      connectionName: null,
      disableClientInfo: !1,
      clientInfoTag: void 0,
      // Sentinel
      sentinels: null,
      name: null,
      role: "master",
      sentinelRetryStrategy: function(times) {
        return Math.min(times * 10, 1e3);
      },
      sentinelReconnectStrategy: function() {
        return 6e4;
      },
      natMap: null,
      enableTLSForSentinelMode: !1,
      updateSentinels: !0,
      failoverDetector: !1,
      // Status
      username: null,
      password: null,
      db: 0,
      // Others
      enableOfflineQueue: !0,
      enableReadyCheck: !0,
      autoResubscribe: !0,
      autoResendUnfulfilledCommands: !0,
      lazyConnect: !1,
      keyPrefix: "",
      reconnectOnError: null,
      readOnly: !1,
      stringNumbers: !1,
      maxRetriesPerRequest: 20,
      maxLoadingRetryTime: 1e4,
      enableAutoPipelining: !1,
      autoPipeliningIgnoredCommands: [],
      sentinelMaxConnections: 10,
      blockingTimeoutGrace: 100
    };
  }
});

// node_modules/ioredis/built/Redis.js
var require_Redis = __commonJS({
  "node_modules/ioredis/built/Redis.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var commands_1 = require_built(), events_1 = __require("events"), standard_as_callback_1 = require_built2(), cluster_1 = require_cluster(), Command_1 = require_Command(), connectors_1 = require_connectors(), SentinelConnector_1 = require_SentinelConnector(), eventHandler = require_event_handler(), RedisOptions_1 = require_RedisOptions(), ScanStream_1 = require_ScanStream(), transaction_1 = require_transaction(), utils_1 = require_utils2(), tracing_1 = require_tracing(), applyMixin_1 = require_applyMixin(), Commander_1 = require_Commander(), lodash_1 = require_lodash(), Deque = require_denque(), debug = (0, utils_1.Debug)("redis"), Redis2 = class _Redis extends Commander_1.default {
      constructor(arg1, arg2, arg3) {
        if (super(), this.status = "wait", this.isCluster = !1, this.reconnectTimeout = null, this.connectionEpoch = 0, this.retryAttempts = 0, this.manuallyClosing = !1, this._autoPipelines = /* @__PURE__ */ new Map(), this._runningAutoPipelines = /* @__PURE__ */ new Set(), this.parseOptions(arg1, arg2, arg3), events_1.EventEmitter.call(this), this.resetCommandQueue(), this.resetOfflineQueue(), this.options.Connector)
          this.connector = new this.options.Connector(this.options);
        else if (this.options.sentinels) {
          let sentinelConnector = new SentinelConnector_1.default(this.options);
          sentinelConnector.emitter = this, this.connector = sentinelConnector;
        } else
          this.connector = new connectors_1.StandaloneConnector(this.options);
        this.options.scripts && Object.entries(this.options.scripts).forEach(([name, definition]) => {
          this.defineCommand(name, definition);
        }), this.options.lazyConnect ? this.setStatus("wait") : this.connect().catch(lodash_1.noop);
      }
      /**
       * Create a Redis instance.
       * This is the same as `new Redis()` but is included for compatibility with node-redis.
       */
      static createClient(...args) {
        return new _Redis(...args);
      }
      get autoPipelineQueueSize() {
        let queued = 0;
        for (let pipeline of this._autoPipelines.values())
          queued += pipeline.length;
        return queued;
      }
      /**
       * Create a connection to Redis.
       * This method will be invoked automatically when creating a new Redis instance
       * unless `lazyConnect: true` is passed.
       *
       * When calling this method manually, a Promise is returned, which will
       * be resolved when the connection status is ready. The promise can reject
       * if the connection fails, times out, or if Redis is already connecting/connected.
       */
      connect(callback) {
        let promise = (0, tracing_1.traceConnect)(() => this._connect(), () => {
          let { address, port } = this._getServerAddress();
          return {
            serverAddress: address,
            serverPort: port,
            connectionEpoch: this.connectionEpoch
          };
        });
        return (0, standard_as_callback_1.default)(promise, callback);
      }
      _connect() {
        return new Promise((resolve, reject) => {
          if (this.status === "connecting" || this.status === "connect" || this.status === "ready") {
            reject(new Error("Redis is already connecting/connected"));
            return;
          }
          this.connectionEpoch += 1, this.setStatus("connecting");
          let { options } = this;
          this.condition = {
            select: options.db,
            auth: options.username ? [options.username, options.password] : options.password,
            subscriber: !1
          };
          let _this = this;
          (0, standard_as_callback_1.default)(this.connector.connect(function(type, err) {
            _this.silentEmit(type, err);
          }), function(err, stream) {
            if (err) {
              _this.flushQueue(err), _this.silentEmit("error", err), reject(err), _this.setStatus("end");
              return;
            }
            let CONNECT_EVENT = options.tls ? "secureConnect" : "connect";
            if ("sentinels" in options && options.sentinels && !options.enableTLSForSentinelMode && (CONNECT_EVENT = "connect"), _this.stream = stream, options.noDelay && stream.setNoDelay(!0), typeof options.keepAlive == "number" && (stream.connecting ? stream.once(CONNECT_EVENT, () => {
              stream.setKeepAlive(!0, options.keepAlive);
            }) : stream.setKeepAlive(!0, options.keepAlive)), stream.connecting) {
              if (stream.once(CONNECT_EVENT, eventHandler.connectHandler(_this)), options.connectTimeout) {
                let connectTimeoutCleared = !1;
                stream.setTimeout(options.connectTimeout, function() {
                  if (connectTimeoutCleared)
                    return;
                  stream.setTimeout(0), stream.destroy();
                  let err2 = new Error("connect ETIMEDOUT");
                  err2.errorno = "ETIMEDOUT", err2.code = "ETIMEDOUT", err2.syscall = "connect", eventHandler.errorHandler(_this)(err2);
                }), stream.once(CONNECT_EVENT, function() {
                  connectTimeoutCleared = !0, stream.setTimeout(0);
                });
              }
            } else if (stream.destroyed) {
              let firstError = _this.connector.firstError;
              firstError && process.nextTick(() => {
                eventHandler.errorHandler(_this)(firstError);
              }), process.nextTick(eventHandler.closeHandler(_this));
            } else
              process.nextTick(eventHandler.connectHandler(_this));
            stream.destroyed || (stream.once("error", eventHandler.errorHandler(_this)), stream.once("close", eventHandler.closeHandler(_this)));
            let connectionReadyHandler = function() {
              _this.removeListener("close", connectionCloseHandler), resolve();
            };
            var connectionCloseHandler = function() {
              _this.removeListener("ready", connectionReadyHandler), reject(new Error(utils_1.CONNECTION_CLOSED_ERROR_MSG));
            };
            _this.once("ready", connectionReadyHandler), _this.once("close", connectionCloseHandler);
          });
        });
      }
      /**
       * Disconnect from Redis.
       *
       * This method closes the connection immediately,
       * and may lose some pending replies that haven't written to client.
       * If you want to wait for the pending replies, use Redis#quit instead.
       */
      disconnect(reconnect = !1) {
        reconnect || (this.manuallyClosing = !0), this.reconnectTimeout && !reconnect && (clearTimeout(this.reconnectTimeout), this.reconnectTimeout = null), this.status === "wait" ? eventHandler.closeHandler(this)() : this.connector.disconnect();
      }
      /**
       * Disconnect from Redis.
       *
       * @deprecated
       */
      end() {
        this.disconnect();
      }
      /**
       * Create a new instance with the same options as the current one.
       *
       * @example
       * ```js
       * var redis = new Redis(6380);
       * var anotherRedis = redis.duplicate();
       * ```
       */
      duplicate(override) {
        return new _Redis({ ...this.options, ...override });
      }
      /**
       * Mode of the connection.
       *
       * One of `"normal"`, `"subscriber"`, or `"monitor"`. When the connection is
       * not in `"normal"` mode, certain commands are not allowed.
       */
      get mode() {
        var _a;
        return this.options.monitor ? "monitor" : !((_a = this.condition) === null || _a === void 0) && _a.subscriber ? "subscriber" : "normal";
      }
      /**
       * Listen for all requests received by the server in real time.
       *
       * This command will create a new connection to Redis and send a
       * MONITOR command via the new connection in order to avoid disturbing
       * the current connection.
       *
       * @param callback The callback function. If omit, a promise will be returned.
       * @example
       * ```js
       * var redis = new Redis();
       * redis.monitor(function (err, monitor) {
       *   // Entering monitoring mode.
       *   monitor.on('monitor', function (time, args, source, database) {
       *     console.log(time + ": " + util.inspect(args));
       *   });
       * });
       *
       * // supports promise as well as other commands
       * redis.monitor().then(function (monitor) {
       *   monitor.on('monitor', function (time, args, source, database) {
       *     console.log(time + ": " + util.inspect(args));
       *   });
       * });
       * ```
       */
      monitor(callback) {
        let monitorInstance = this.duplicate({
          monitor: !0,
          lazyConnect: !1
        });
        return (0, standard_as_callback_1.default)(new Promise(function(resolve, reject) {
          monitorInstance.once("error", reject), monitorInstance.once("monitoring", function() {
            resolve(monitorInstance);
          });
        }), callback);
      }
      /**
       * Send a command to Redis
       *
       * This method is used internally and in most cases you should not
       * use it directly. If you need to send a command that is not supported
       * by the library, you can use the `call` method:
       *
       * ```js
       * const redis = new Redis();
       *
       * redis.call('set', 'foo', 'bar');
       * // or
       * redis.call(['set', 'foo', 'bar']);
       * ```
       *
       * @ignore
       */
      sendCommand(command2, stream) {
        var _a, _b;
        if (this.status === "wait" && this.connect().catch(lodash_1.noop), this.status === "end")
          return command2.reject(new Error(utils_1.CONNECTION_CLOSED_ERROR_MSG)), command2.promise;
        if (!((_a = this.condition) === null || _a === void 0) && _a.subscriber && !Command_1.default.checkFlag("VALID_IN_SUBSCRIBER_MODE", command2.name))
          return command2.reject(new Error("Connection in subscriber mode, only subscriber commands may be used")), command2.promise;
        typeof this.options.commandTimeout == "number" && command2.setTimeout(this.options.commandTimeout);
        let blockingTimeout = this.getBlockingTimeoutInMs(command2), writable = this.status === "ready" || !stream && this.status === "connect" && (0, commands_1.exists)(command2.name, { caseInsensitive: !0 }) && ((0, commands_1.hasFlag)(command2.name, "loading", { nameCaseInsensitive: !0 }) || Command_1.default.checkFlag("HANDSHAKE_COMMANDS", command2.name));
        if (this.stream && this.stream.writable ? this.stream._writableState && this.stream._writableState.ended && (writable = !1) : writable = !1, writable)
          debug.enabled && debug("write command[%s]: %d -> %s(%o)", this._getDescription(), (_b = this.condition) === null || _b === void 0 ? void 0 : _b.select, command2.name, command2.args), stream ? "isPipeline" in stream && stream.isPipeline ? stream.write(command2.toWritable(stream.destination.redis.stream)) : stream.write(command2.toWritable(stream)) : this.stream.write(command2.toWritable(this.stream)), this.commandQueue.push({
            command: command2,
            stream,
            select: this.condition.select
          }), blockingTimeout !== void 0 && command2.setBlockingTimeout(blockingTimeout), Command_1.default.checkFlag("WILL_DISCONNECT", command2.name) && (this.manuallyClosing = !0), this.options.socketTimeout !== void 0 && this.socketTimeoutTimer === void 0 && this.setSocketTimeout();
        else {
          if (!this.options.enableOfflineQueue)
            return command2.reject(new Error("Stream isn't writeable and enableOfflineQueue options is false")), command2.promise;
          if (command2.name === "quit" && this.offlineQueue.length === 0)
            return this.disconnect(), command2.resolve(Buffer.from("OK")), command2.promise;
          if (debug.enabled && debug("queue command[%s]: %d -> %s(%o)", this._getDescription(), this.condition.select, command2.name, command2.args), this.offlineQueue.push({
            command: command2,
            stream,
            select: this.condition.select
          }), Command_1.default.checkFlag("BLOCKING_COMMANDS", command2.name)) {
            let offlineTimeout = this.getConfiguredBlockingTimeout();
            offlineTimeout !== void 0 && command2.setBlockingTimeout(offlineTimeout);
          }
        }
        if (command2.name === "select" && (0, utils_1.isInt)(command2.args[0])) {
          let db = parseInt(command2.args[0], 10);
          this.condition.select !== db && (this.condition.select = db, this.emit("select", db), debug("switch to db [%d]", this.condition.select));
        }
        return !writable || command2.isTraced ? command2.promise : (command2.isTraced = !0, (0, tracing_1.traceCommand)(() => command2.promise, () => this._buildCommandContext(command2)));
      }
      getBlockingTimeoutInMs(command2) {
        var _a;
        if (!Command_1.default.checkFlag("BLOCKING_COMMANDS", command2.name))
          return;
        let configuredTimeout = this.getConfiguredBlockingTimeout();
        if (configuredTimeout === void 0)
          return;
        let timeout = command2.extractBlockingTimeout();
        if (typeof timeout == "number")
          return timeout > 0 ? timeout + ((_a = this.options.blockingTimeoutGrace) !== null && _a !== void 0 ? _a : RedisOptions_1.DEFAULT_REDIS_OPTIONS.blockingTimeoutGrace) : configuredTimeout;
        if (timeout === null)
          return configuredTimeout;
      }
      getConfiguredBlockingTimeout() {
        if (typeof this.options.blockingTimeout == "number" && this.options.blockingTimeout > 0)
          return this.options.blockingTimeout;
      }
      setSocketTimeout() {
        this.socketTimeoutTimer = setTimeout(() => {
          this.stream.destroy(new Error(`Socket timeout. Expecting data, but didn't receive any in ${this.options.socketTimeout}ms.`)), this.socketTimeoutTimer = void 0;
        }, this.options.socketTimeout), this.stream.once("data", () => {
          clearTimeout(this.socketTimeoutTimer), this.socketTimeoutTimer = void 0, this.commandQueue.length !== 0 && this.setSocketTimeout();
        });
      }
      scanStream(options) {
        return this.createScanStream("scan", { options });
      }
      scanBufferStream(options) {
        return this.createScanStream("scanBuffer", { options });
      }
      sscanStream(key, options) {
        return this.createScanStream("sscan", { key, options });
      }
      sscanBufferStream(key, options) {
        return this.createScanStream("sscanBuffer", { key, options });
      }
      hscanStream(key, options) {
        return this.createScanStream("hscan", { key, options });
      }
      hscanBufferStream(key, options) {
        return this.createScanStream("hscanBuffer", { key, options });
      }
      zscanStream(key, options) {
        return this.createScanStream("zscan", { key, options });
      }
      zscanBufferStream(key, options) {
        return this.createScanStream("zscanBuffer", { key, options });
      }
      /**
       * Emit only when there's at least one listener.
       *
       * @ignore
       */
      silentEmit(eventName, arg) {
        let error;
        if (!(eventName === "error" && (error = arg, this.status === "end" || this.manuallyClosing && error instanceof Error && (error.message === utils_1.CONNECTION_CLOSED_ERROR_MSG || // @ts-expect-error
        error.syscall === "connect" || // @ts-expect-error
        error.syscall === "read"))))
          return this.listeners(eventName).length > 0 ? this.emit.apply(this, arguments) : (error && error instanceof Error && console.error("[ioredis] Unhandled error event:", error.stack), !1);
      }
      /**
       * @ignore
       */
      recoverFromFatalError(_commandError, err, options) {
        this.flushQueue(err, options), this.silentEmit("error", err), this.disconnect(!0);
      }
      /**
       * @ignore
       */
      handleReconnection(err, item) {
        var _a;
        let needReconnect = !1;
        switch (this.options.reconnectOnError && !Command_1.default.checkFlag("IGNORE_RECONNECT_ON_ERROR", item.command.name) && (needReconnect = this.options.reconnectOnError(err)), needReconnect) {
          case 1:
          case !0:
            this.status !== "reconnecting" && this.disconnect(!0), item.command.reject(err);
            break;
          case 2:
            this.status !== "reconnecting" && this.disconnect(!0), ((_a = this.condition) === null || _a === void 0 ? void 0 : _a.select) !== item.select && item.command.name !== "select" && this.select(item.select), this.sendCommand(item.command);
            break;
          default:
            item.command.reject(err);
        }
      }
      /**
       * @ignore
       */
      _getServerAddress() {
        return "path" in this.options && this.options.path ? { address: this.options.path, port: void 0 } : {
          address: "host" in this.options && this.options.host || "localhost",
          port: "port" in this.options && this.options.port || 6379
        };
      }
      _buildCommandContext(command2) {
        var _a, _b, _c;
        let { address, port } = this._getServerAddress();
        return {
          command: command2.name,
          args: (0, tracing_1.sanitizeArgs)(command2.name, command2.args),
          database: (_c = (_b = (_a = this.condition) === null || _a === void 0 ? void 0 : _a.select) !== null && _b !== void 0 ? _b : this.options.db) !== null && _c !== void 0 ? _c : 0,
          serverAddress: address,
          serverPort: port
        };
      }
      _buildBatchContext(batchSize) {
        var _a, _b, _c;
        let { address, port } = this._getServerAddress();
        return {
          batchMode: "MULTI",
          batchSize,
          database: (_c = (_b = (_a = this.condition) === null || _a === void 0 ? void 0 : _a.select) !== null && _b !== void 0 ? _b : this.options.db) !== null && _c !== void 0 ? _c : 0,
          serverAddress: address,
          serverPort: port
        };
      }
      /**
       * Get description of the connection. Used for debugging.
       */
      _getDescription() {
        let description;
        return "path" in this.options && this.options.path ? description = this.options.path : this.stream && this.stream.remoteAddress && this.stream.remotePort ? description = this.stream.remoteAddress + ":" + this.stream.remotePort : "host" in this.options && this.options.host ? description = this.options.host + ":" + this.options.port : description = "", this.options.connectionName && (description += ` (${this.options.connectionName})`), description;
      }
      resetCommandQueue() {
        this.commandQueue = new Deque();
      }
      resetOfflineQueue() {
        this.offlineQueue = new Deque();
      }
      parseOptions(...args) {
        let options = {}, isTls = !1;
        for (let i = 0; i < args.length; ++i) {
          let arg = args[i];
          if (!(arg === null || typeof arg > "u"))
            if (typeof arg == "object")
              (0, lodash_1.defaults)(options, arg);
            else if (typeof arg == "string")
              (0, lodash_1.defaults)(options, (0, utils_1.parseURL)(arg)), arg.startsWith("rediss://") && (isTls = !0);
            else if (typeof arg == "number")
              options.port = arg;
            else
              throw new Error("Invalid argument " + arg);
        }
        isTls && (0, lodash_1.defaults)(options, { tls: !0 }), (0, lodash_1.defaults)(options, _Redis.defaultOptions), typeof options.port == "string" && (options.port = parseInt(options.port, 10)), typeof options.db == "string" && (options.db = parseInt(options.db, 10)), this.options = (0, utils_1.resolveTLSProfile)(options);
      }
      /**
       * Change instance's status
       */
      setStatus(status, arg) {
        debug.enabled && debug("status[%s]: %s -> %s", this._getDescription(), this.status || "[empty]", status), this.status = status, process.nextTick(this.emit.bind(this, status, arg));
      }
      createScanStream(command2, { key, options = {} }) {
        return new ScanStream_1.default({
          objectMode: !0,
          key,
          redis: this,
          command: command2,
          ...options
        });
      }
      /**
       * Flush offline queue and command queue with error.
       *
       * @param error The error object to send to the commands
       * @param options options
       */
      flushQueue(error, options) {
        options = (0, lodash_1.defaults)({}, options, {
          offlineQueue: !0,
          commandQueue: !0
        });
        let item;
        if (options.offlineQueue)
          for (; item = this.offlineQueue.shift(); )
            item.command.reject(error);
        if (options.commandQueue && this.commandQueue.length > 0)
          for (this.stream && this.stream.removeAllListeners("data"); item = this.commandQueue.shift(); )
            item.command.reject(error);
      }
      /**
       * Check whether Redis has finished loading the persistent data and is able to
       * process commands.
       */
      _readyCheck(callback) {
        let _this = this;
        this.info(function(err, res) {
          if (err)
            return err.message && err.message.includes("NOPERM") ? (console.warn(`Skipping the ready check because INFO command fails: "${err.message}". You can disable ready check with "enableReadyCheck". More: https://github.com/luin/ioredis/wiki/Disable-ready-check.`), callback(null, {})) : callback(err);
          if (typeof res != "string")
            return callback(null, res);
          let info = {}, lines = res.split(`\r
`);
          for (let i = 0; i < lines.length; ++i) {
            let [fieldName, ...fieldValueParts] = lines[i].split(":"), fieldValue = fieldValueParts.join(":");
            fieldValue && (info[fieldName] = fieldValue);
          }
          if (!info.loading || info.loading === "0")
            callback(null, info);
          else {
            let loadingEtaMs = (info.loading_eta_seconds || 1) * 1e3, retryTime = _this.options.maxLoadingRetryTime && _this.options.maxLoadingRetryTime < loadingEtaMs ? _this.options.maxLoadingRetryTime : loadingEtaMs;
            debug("Redis server still loading, trying again in " + retryTime + "ms"), setTimeout(function() {
              _this._readyCheck(callback);
            }, retryTime);
          }
        }).catch(lodash_1.noop);
      }
    };
    Redis2.Cluster = cluster_1.default;
    Redis2.Command = Command_1.default;
    Redis2.defaultOptions = RedisOptions_1.DEFAULT_REDIS_OPTIONS;
    (0, applyMixin_1.default)(Redis2, events_1.EventEmitter);
    (0, transaction_1.addTransactionSupport)(Redis2.prototype);
    exports.default = Redis2;
  }
});

// node_modules/ioredis/built/index.js
var require_built3 = __commonJS({
  "node_modules/ioredis/built/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.print = exports.ReplyError = exports.SentinelIterator = exports.SentinelConnector = exports.AbstractConnector = exports.Pipeline = exports.ScanStream = exports.Command = exports.Cluster = exports.Redis = exports.default = void 0;
    exports = module.exports = require_Redis().default;
    var Redis_1 = require_Redis();
    Object.defineProperty(exports, "default", { enumerable: !0, get: function() {
      return Redis_1.default;
    } });
    var Redis_2 = require_Redis();
    Object.defineProperty(exports, "Redis", { enumerable: !0, get: function() {
      return Redis_2.default;
    } });
    var cluster_1 = require_cluster();
    Object.defineProperty(exports, "Cluster", { enumerable: !0, get: function() {
      return cluster_1.default;
    } });
    var Command_1 = require_Command();
    Object.defineProperty(exports, "Command", { enumerable: !0, get: function() {
      return Command_1.default;
    } });
    var ScanStream_1 = require_ScanStream();
    Object.defineProperty(exports, "ScanStream", { enumerable: !0, get: function() {
      return ScanStream_1.default;
    } });
    var Pipeline_1 = require_Pipeline();
    Object.defineProperty(exports, "Pipeline", { enumerable: !0, get: function() {
      return Pipeline_1.default;
    } });
    var AbstractConnector_1 = require_AbstractConnector();
    Object.defineProperty(exports, "AbstractConnector", { enumerable: !0, get: function() {
      return AbstractConnector_1.default;
    } });
    var SentinelConnector_1 = require_SentinelConnector();
    Object.defineProperty(exports, "SentinelConnector", { enumerable: !0, get: function() {
      return SentinelConnector_1.default;
    } });
    Object.defineProperty(exports, "SentinelIterator", { enumerable: !0, get: function() {
      return SentinelConnector_1.SentinelIterator;
    } });
    exports.ReplyError = require_redis_errors().ReplyError;
    Object.defineProperty(exports, "Promise", {
      get() {
        return console.warn("ioredis v5 does not support plugging third-party Promise library anymore. Native Promise will be used."), Promise;
      },
      set(_lib) {
        console.warn("ioredis v5 does not support plugging third-party Promise library anymore. Native Promise will be used.");
      }
    });
    function print(err, reply) {
      console.log(err ? "Error: " + err : "Reply: " + reply);
    }
    exports.print = print;
  }
});

// src/redis/scan.ts
var import_ioredis = __toESM(require_built3(), 1);

// src/redis/ttl-pipe.ts
import net from "node:net";
import tls from "node:tls";
var TTL_HEADER = Buffer.from(`*2\r
$3\r
TTL\r
`), CRLF = Buffer.from(`\r
`), RedisReplyError = class extends Error {
  name = "RedisReplyError";
}, TtlPipe = class _TtlPipe {
  constructor(socket) {
    this.socket = socket;
    socket.on("data", (chunk) => this.receive(chunk)), socket.on("error", (error) => this.fail(error)), socket.on("close", () => this.fail(new Error("Connection is closed."))), socket.on("timeout", () => {
      this.fail(new Error("Command timed out")), socket.destroy();
    });
  }
  socket;
  queue = [];
  partial = Buffer.alloc(0);
  failure;
  /** Connects, authenticates and selects the database the URL names. */
  static async open(url, timeoutMs) {
    let port = Number(url.port || 6379), host = url.hostname.replace(/^\[|\]$/g, "") || "127.0.0.1", socket = url.protocol === "rediss:" ? tls.connect({ host, port, servername: net.isIP(host) ? void 0 : host }) : net.connect({ host, port });
    socket.setNoDelay(!0), socket.setTimeout(timeoutMs);
    let pipe = new _TtlPipe(socket), handshake = [], password = decodeURIComponent(url.password), username = decodeURIComponent(url.username);
    password && handshake.push(username ? command("AUTH", username, password) : command("AUTH", password));
    let db = url.pathname.replace(/^\//, "");
    return db && db !== "0" && handshake.push(command("SELECT", db)), handshake.length > 0 ? await pipe.send(handshake.flat(), handshake.length) : await new Promise((resolve, reject) => {
      socket.once(url.protocol === "rediss:" ? "secureConnect" : "connect", () => resolve()), socket.once("error", reject), socket.once("timeout", () => reject(new Error("Command timed out")));
    }), pipe;
  }
  /** TTL of each key, in order: seconds, -1 for none, -2 for a key deleted since SCAN saw it. */
  ttls(keys) {
    let parts = [];
    for (let key of keys) parts.push(TTL_HEADER, Buffer.from(`$${key.length}\r
`), key, CRLF);
    return this.send(parts, keys.length);
  }
  close() {
    this.socket.destroy();
  }
  send(parts, expected) {
    return this.failure ? Promise.reject(this.failure) : new Promise((resolve, reject) => {
      this.queue.push({ expected, replies: [], resolve, reject }), this.socket.write(Buffer.concat(parts));
    });
  }
  receive(chunk) {
    let buffer = this.partial.length > 0 ? Buffer.concat([this.partial, chunk]) : chunk, start = 0;
    for (let end = buffer.indexOf(10, start); end !== -1; end = buffer.indexOf(10, start))
      this.reply(buffer, start, end - 1), start = end + 1;
    this.partial = Buffer.from(buffer.subarray(start));
  }
  /** Only the reply types TTL, AUTH and SELECT produce: `:integer`, `+OK`, `-error`. */
  reply(buffer, start, end) {
    let request = this.queue[0];
    if (!request) return this.fail(new Error("unexpected reply from Redis"));
    let type = buffer[start];
    if (type === 58) request.replies.push(parseInteger(buffer, start + 1, end));
    else if (type === 43) request.replies.push(0);
    else if (type === 45)
      request.error ??= new RedisReplyError(buffer.toString("utf8", start + 1, end)), request.replies.push(-2);
    else return this.fail(new Error("unexpected reply type from Redis"));
    request.replies.length < request.expected || (this.queue.shift(), request.error ? request.reject(request.error) : request.resolve(request.replies));
  }
  fail(error) {
    this.failure ??= error;
    for (let request of this.queue.splice(0)) request.reject(error);
  }
};
function command(...args) {
  let parts = [Buffer.from(`*${args.length}\r
`)];
  for (let arg of args) {
    let bytes = Buffer.from(arg, "utf8");
    parts.push(Buffer.from(`$${bytes.length}\r
`), bytes, CRLF);
  }
  return parts;
}
function parseInteger(buffer, start, end) {
  let index = start, negative = buffer[index] === 45;
  negative && index++;
  let value = 0;
  for (; index < end; index++) value = value * 10 + (buffer[index] - 48);
  return negative ? -value : value;
}

// src/redis/scan.ts
var DEFAULT_KEY_BUDGET = 1e6, DEFAULT_COUNT = 1e3, DEFAULT_COMMAND_TIMEOUT_MS = 1e4, EXAMPLES_PER_GROUP = 3, OVERFLOW_PREFIX = "(other prefixes)";
async function scanRedis(url, _options) {
  return scanRedisKeyspace(url);
}
async function scanRedisKeyspace(url, options = {}) {
  let target = parseRedisUrl(url), lastError, client = new import_ioredis.Redis(url, {
    lazyConnect: !0,
    connectTimeout: options.connectTimeoutMs ?? 5e3,
    commandTimeout: options.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableReadyCheck: !1,
    // the ready check sends INFO; this audit sends nothing it does not need
    enableOfflineQueue: !0,
    disableClientInfo: !0,
    // no CLIENT SETINFO: not even client metadata is written
    autoResubscribe: !1
  });
  client.on("error", (error) => lastError = error);
  let scan = new KeyspaceScan(client, target.url, options);
  try {
    return await client.connect(), await scan.run();
  } catch (error) {
    throw connectionError(error instanceof RedisReplyError ? error : lastError ?? error, target);
  } finally {
    client.disconnect(), await scan.close();
  }
}
var KeyspaceScan = class {
  constructor(client, url, options) {
    this.client = client;
    this.url = url;
    this.options = options;
    this.commandTimeoutMs = options.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS, this.budget = Math.max(0, options.keyBudget ?? DEFAULT_KEY_BUDGET), this.maxGroups = options.maxGroups ?? 1e4;
  }
  client;
  url;
  options;
  groups = /* @__PURE__ */ new Map();
  budget;
  maxGroups;
  commandTimeoutMs;
  pipe;
  async run() {
    let count = String(this.options.count ?? DEFAULT_COUNT), cursor = "0", scanned = 0, truncated = !1, pending = Promise.resolve();
    do {
      let [next, keys] = await this.client.scanBuffer(cursor, "COUNT", count);
      cursor = next.toString();
      let room = this.budget - scanned, batch = keys.length > room ? keys.slice(0, room) : keys;
      truncated = batch.length < keys.length, scanned += batch.length, await pending, pending = this.tally(batch), pending.catch(() => {
      });
    } while (cursor !== "0" && scanned < this.budget);
    return await pending, { groups: this.results(), scannedKeys: scanned, complete: cursor === "0" && !truncated };
  }
  async tally(keys) {
    let groups = keys.map((key) => this.groupOf(key)), asked = [];
    if (groups.forEach((group, index) => {
      group.ttlChecked ? asked.push(index) : group.add(keys[index], !1);
    }), asked.length === 0) return;
    let ttls = await (await this.ttlPipe()).ttls(asked.map((index) => keys[index]));
    asked.forEach((keyIndex, replyIndex) => groups[keyIndex].add(keys[keyIndex], ttls[replyIndex] === -1));
  }
  ttlPipe() {
    return this.pipe ??= TtlPipe.open(this.url, this.commandTimeoutMs), this.pipe;
  }
  /** Closes the TTL connection, if one was opened. */
  async close() {
    let pipe = this.pipe;
    this.pipe = void 0, pipe && (await pipe.catch(() => {
    }))?.close();
  }
  groupOf(key) {
    let colon = key.indexOf(58), prefix = key.toString("utf8", 0, colon === -1 ? key.length : colon), group = this.groups.get(prefix);
    if (group) return group;
    let name = this.groups.size < this.maxGroups ? prefix : OVERFLOW_PREFIX;
    return group = this.groups.get(name) ?? new GroupTally(name, this.options.ttlFor?.(name) ?? !0), this.groups.set(name, group), group;
  }
  results() {
    return [...this.groups.values()].map((group) => group.result()).sort((a, b) => a.prefix < b.prefix ? -1 : a.prefix > b.prefix ? 1 : 0);
  }
}, GroupTally = class {
  constructor(prefix, ttlChecked) {
    this.prefix = prefix;
    this.ttlChecked = ttlChecked;
  }
  prefix;
  ttlChecked;
  keyCount = 0;
  keysWithoutTtl = 0;
  exampleKeys = [];
  examplesWithoutTtl = [];
  add(key, withoutTtl) {
    this.keyCount++, this.exampleKeys.length < EXAMPLES_PER_GROUP && this.exampleKeys.push(key.toString("utf8")), withoutTtl && (this.keysWithoutTtl++, this.examplesWithoutTtl.length < EXAMPLES_PER_GROUP && this.examplesWithoutTtl.push(key.toString("utf8")));
  }
  result() {
    return {
      prefix: this.prefix,
      keyCount: this.keyCount,
      exampleKeys: this.exampleKeys,
      keysWithoutTtl: this.keysWithoutTtl,
      examplesWithoutTtl: this.examplesWithoutTtl,
      ttlChecked: this.ttlChecked
    };
  }
};
function parseRedisUrl(url) {
  let parsed = urlWithScheme(url, "--redis", ["redis", "rediss"]), password = decodeURIComponent(parsed.password), shown = new URL(parsed.toString());
  return shown.password && (shown.password = "***"), shown.search = "", shown.hash = "", { url: parsed, shown: shown.toString().replace(/\/$/, ""), password };
}
function connectionError(error, target) {
  let code = error.code, text = error.message ?? String(error), reason;
  return code === "ECONNREFUSED" ? reason = "connection refused" : code === "ENOTFOUND" || code === "EAI_AGAIN" ? reason = "host not found" : code === "ETIMEDOUT" || /connect ETIMEDOUT/.test(text) ? reason = "timed out connecting" : /command timed out/i.test(text) ? reason = "timed out waiting for a reply" : /WRONGPASS|NOAUTH|invalid password|invalid username-password/i.test(text) ? reason = "authentication failed" : /NOPERM/.test(text) ? reason = `the user may not run SCAN or TTL (${firstLine(text)})` : /Connection is closed|ECONNRESET|EPIPE/i.test(text) ? reason = "the server closed the connection" : reason = firstLine(text), reason = maskSecrets(reason, target.password ? [target.password] : []), new UsageError(`cannot audit Redis at ${target.shown}: ${reason}`);
}
function firstLine(text) {
  return text.split(`
`)[0].trim();
}

export {
  require_built3 as require_built,
  DEFAULT_KEY_BUDGET,
  OVERFLOW_PREFIX,
  scanRedis,
  scanRedisKeyspace,
  parseRedisUrl
};
