// Loading a saved data directory (the seed, the user's cache, a replay snapshot) into PGlite's in-memory
// file system. PGlite's own `loadDataDir` copies every file three times (the tar into a new buffer, each
// entry out of it, each entry into the file system) and spent about 280 ms on the seed's 42 MB; here the
// tar is read once and every file of the data directory is a view into that one buffer, handed to the
// in-memory file system as its own (Emscripten's `canOwn`), so loading costs a walk over the headers.
//
// Only what a PGlite dump holds is accepted (ustar-style headers, regular files and directories, names
// inside the data directory); anything else makes the tar unusable, and the caller falls back as it does
// for any other damaged saved directory.

import { MemoryFS } from '@electric-sql/pglite';

/** One regular file or directory of a data directory's tar, as a path relative to the data directory. */
export interface DataDirEntry {
  path: string;
  directory: boolean;
  /** A view into the tar's buffer (empty for a directory). */
  data: Uint8Array;
  /** Seconds since the epoch. */
  modified: number;
}

const BLOCK = 512;

/** An entry's data takes whole blocks. */
function padded(length: number): number {
  return Math.ceil(length / BLOCK) * BLOCK;
}

/**
 * The entries of a data directory's tar, or undefined when it is not one: a header that does not check
 * out, an entry running past the end, a name leaving the directory, or no `PG_VERSION` (PGlite would
 * quietly run initdb over an empty directory, and the shadow would claim a schema it does not hold).
 */
export function readDataDirTar(tar: Uint8Array): DataDirEntry[] | undefined {
  const entries: DataDirEntry[] = [];
  let offset = 0;
  while (offset + BLOCK <= tar.length && !isZeroBlock(tar, offset)) {
    if (!checksumMatches(tar, offset)) return undefined;
    const size = octal(tar, offset + 124, 12);
    const type = tar[offset + 156];
    const path = entryPath(tar, offset);
    const dataStart = offset + BLOCK;
    if (size === undefined || path === undefined || dataStart + size > tar.length) return undefined;
    const modified = octal(tar, offset + 136, 12) ?? 0;
    if (type === 0x35) entries.push({ path, directory: true, data: new Uint8Array(0), modified });
    else if (type === 0x30 || type === 0) {
      entries.push({ path, directory: false, data: tar.subarray(dataStart, dataStart + size), modified });
    } else return undefined;
    offset = dataStart + padded(size);
  }
  return entries.some((entry) => entry.path === 'PG_VERSION' && !entry.directory) ? entries : undefined;
}

/**
 * PGlite's in-memory file system, with a data directory written into it before PostgreSQL starts (none
 * for a fresh one), and able to hand its data directory over as PostgreSQL shuts down.
 */
export class PreloadedMemoryFS extends MemoryFS {
  private dumpOnClose = false;
  private dumped: Uint8Array | undefined;

  constructor(
    private readonly root: string,
    private entries: readonly DataDirEntry[] | undefined,
  ) {
    super();
  }

  /**
   * Shuts PostgreSQL down cleanly and returns the data directory as a tar. A directory saved after a
   * clean shutdown starts without crash recovery, about 80 ms sooner than one saved while running.
   */
  async closeAndDump(pg: { close(): Promise<void> }): Promise<Uint8Array> {
    this.dumpOnClose = true;
    await pg.close();
    if (!this.dumped) throw new Error('the shadow database closed without its data directory');
    return this.dumped;
  }

  override async closeFs(): Promise<void> {
    if (this.dumpOnClose) this.dumped = writeDataDirTar(this.emscriptenFS(), this.root);
    await super.closeFs();
  }

  private emscriptenFS(): EmscriptenFS {
    return (this.pg as unknown as { Module: { FS: EmscriptenFS } }).Module.FS;
  }

  override async initialSyncFs(): Promise<void> {
    const fs = this.emscriptenFS();
    const directories = new Map<string, MemoryNode>();
    const directory = (dir: string): MemoryNode => {
      let node = directories.get(dir);
      if (!node) {
        fs.mkdirTree(dir);
        node = fs.lookupPath(dir).node as MemoryNode;
        directories.set(dir, node);
      }
      return node;
    };
    for (const entry of this.entries ?? []) {
      const full = entry.path === '' ? this.root : `${this.root}/${entry.path}`;
      if (entry.directory) {
        directory(full);
        continue;
      }
      // Made in its directory's node, as opening the path would after looking up every part of it (a
      // large snapshot has thousands of files). The file keeps the view instead of a copy, as a write with
      // `canOwn` does; a later write past its end copies it.
      const slash = full.lastIndexOf('/');
      const parent = directory(full.slice(0, slash));
      const file = parent.node_ops.mknod(parent, full.slice(slash + 1), REGULAR_FILE, 0);
      if (entry.data.length > 0) {
        file.contents = entry.data;
        file.usedBytes = entry.data.length;
      }
    }
    // The entries hold views into the whole tar; the file system has them now.
    this.entries = undefined;
  }
}

/**
 * The data directory under `root` as a tar that `readDataDirTar` reads (directories before what they hold),
 * written straight into one buffer: PGlite's own dump went through a Blob stream and took seconds on a
 * large history.
 */
export function writeDataDirTar(fs: EmscriptenFS, root: string): Uint8Array {
  const entries: DataDirEntry[] = [];
  const walk = (dir: string, relative: string) => {
    for (const name of fs.readdir(dir)) {
      if (name === '.' || name === '..') continue;
      const full = `${dir}/${name}`;
      const path = relative === '' ? name : `${relative}/${name}`;
      const stat = fs.stat(full);
      const modified = Math.floor(new Date(stat.mtime).getTime() / 1000);
      if (fs.isDir(stat.mode)) {
        entries.push({ path, directory: true, data: new Uint8Array(0), modified });
        walk(full, path);
      } else if (fs.isFile(stat.mode)) {
        entries.push({ path, directory: false, data: fileBytes(fs, full), modified });
      }
    }
  };
  walk(root, '');
  const needed = walSegmentsNeeded(entries);
  const kept = needed ? entries.filter((entry) => keptWal(entry, needed)) : entries;
  const size = kept.reduce((sum, entry) => sum + BLOCK + padded(entry.data.length), 0);
  const tar = new Uint8Array(size + 2 * BLOCK);
  let offset = 0;
  for (const entry of kept) {
    writeHeader(tar, offset, entry);
    tar.set(entry.data, offset + BLOCK);
    offset += BLOCK + padded(entry.data.length);
  }
  return tar;
}

/** A WAL segment's name: timeline, then the segment number's high and low parts, in hex. */
const WAL_SEGMENT = /^pg_wal\/([0-9A-F]{24})$/;
/** PostgreSQL's pg_control: its format version, the cluster state after a clean shutdown, where they are. */
const CONTROL = { version: 8, state: 16, checkPoint: 32, redo: 40, timeline: 48 } as const;
const CLEANLY_SHUT_DOWN = 1;
/** A shutdown checkpoint record is far shorter: one starting closer to a segment's end may run on. */
const CHECKPOINT_RECORD_BOUND = 8192;

/**
 * The WAL segments a cleanly shut down data directory needs to start: those from its last checkpoint's
 * redo point to the checkpoint record itself. The others are old segments PostgreSQL recycled under
 * future names (16 MB each, about half of a long history's snapshot), which it makes again when it needs
 * them. Undefined, to keep them all, unless pg_control reads as a clean shutdown whose segments are there.
 */
export function walSegmentsNeeded(entries: readonly DataDirEntry[]): Set<string> | undefined {
  const control = entries.find((entry) => entry.path === 'global/pg_control')?.data;
  const segments = entries.filter((entry) => WAL_SEGMENT.test(entry.path));
  const segmentBytes = segments[0]?.data.length ?? 0;
  if (!control || control.length < 64 || segmentBytes < 1 << 20) return undefined;
  if (segments.some((entry) => entry.data.length !== segmentBytes)) return undefined;
  const view = new DataView(control.buffer, control.byteOffset, control.length);
  const version = view.getUint32(CONTROL.version, true);
  if (version < 1300 || version >= 2000 || view.getUint32(CONTROL.state, true) !== CLEANLY_SHUT_DOWN)
    return undefined;
  const size = BigInt(segmentBytes);
  const checkPoint = view.getBigUint64(CONTROL.checkPoint, true);
  const first = view.getBigUint64(CONTROL.redo, true) / size;
  let last = checkPoint / size;
  if (checkPoint % size > size - BigInt(CHECKPOINT_RECORD_BOUND)) last += 1n;
  if (first > last || last - first > 64n) return undefined;
  const timeline = view.getUint32(CONTROL.timeline, true);
  const perId = 0x1_0000_0000n / size;
  const hex = (value: bigint | number) => value.toString(16).toUpperCase().padStart(8, '0');
  const named = (segment: bigint) => `pg_wal/${hex(timeline)}${hex(segment / perId)}${hex(segment % perId)}`;
  // A misread pg_control would name segments that are not there.
  if (!segments.some((entry) => entry.path === named(checkPoint / size))) return undefined;
  const needed = new Set<string>();
  for (let segment = first; segment <= last; segment++) needed.add(named(segment));
  return needed;
}

function keptWal(entry: DataDirEntry, needed: ReadonlySet<string>): boolean {
  return !WAL_SEGMENT.test(entry.path) || needed.has(entry.path);
}

/** A file's bytes without a copy when the file system is Emscripten's in-memory one. */
function fileBytes(fs: EmscriptenFS, path: string): Uint8Array {
  const node = fs.lookupPath(path).node as { contents?: unknown; usedBytes?: number };
  if (node.contents instanceof Uint8Array && typeof node.usedBytes === 'number') {
    return node.contents.subarray(0, node.usedBytes);
  }
  return fs.readFile(path);
}

const encoder = new TextEncoder();

function writeHeader(tar: Uint8Array, offset: number, entry: DataDirEntry): void {
  const name = encoder.encode(entry.path);
  // Names longer than the name field are split at a slash into the ustar prefix.
  const split = name.length > 100 ? entry.path.lastIndexOf('/', 155) : -1;
  if (name.length > 100 && (split === -1 || name.length - split - 1 > 100)) {
    throw new Error(`a data directory path too long for a tar header: ${entry.path}`);
  }
  const [prefix, rest] =
    split === -1 ? [new Uint8Array(0), name] : [name.subarray(0, split), name.subarray(split + 1)];
  tar.set(rest, offset);
  writeOctal(tar, offset + 100, 8, entry.directory ? 0o755 : 0o600);
  writeOctal(tar, offset + 108, 8, 0);
  writeOctal(tar, offset + 116, 8, 0);
  writeOctal(tar, offset + 124, 12, entry.data.length);
  writeOctal(tar, offset + 136, 12, entry.modified);
  tar[offset + 156] = entry.directory ? 0x35 : 0x30;
  tar.set(encoder.encode('ustar\0' + '00'), offset + 257);
  tar.set(prefix, offset + 345);
  tar.fill(0x20, offset + 148, offset + 156);
  let sum = 0;
  for (let i = offset; i < offset + BLOCK; i++) sum += tar[i];
  writeOctal(tar, offset + 148, 7, sum);
}

/** A zero-padded octal number filling `length - 1` bytes, then NUL. */
function writeOctal(tar: Uint8Array, offset: number, length: number, value: number): void {
  tar.set(encoder.encode(value.toString(8).padStart(length - 1, '0') + '\0'), offset);
}

/** A node of Emscripten's in-memory file system (MEMFS), as far as this module touches it. */
interface MemoryNode {
  node_ops: { mknod(parent: MemoryNode, name: string, mode: number, dev: number): MemoryNode };
  contents: Uint8Array | null;
  usedBytes: number;
}

/** `S_IFREG` with owner read and write, as the tar's entries are written. */
const REGULAR_FILE = 0o100600;

/** The part of Emscripten's FS object this module uses. */
interface EmscriptenFS {
  readdir(path: string): string[];
  stat(path: string): { mode: number; mtime: Date | number };
  isDir(mode: number): boolean;
  isFile(mode: number): boolean;
  lookupPath(path: string): { node: unknown };
  readFile(path: string): Uint8Array;
  mkdirTree(path: string): void;
}

function isZeroBlock(tar: Uint8Array, offset: number): boolean {
  for (let i = offset; i < offset + BLOCK; i++) if (tar[i] !== 0) return false;
  return true;
}

/** The header checksum: the sum of its bytes with the checksum field itself read as spaces. */
function checksumMatches(tar: Uint8Array, offset: number): boolean {
  const recorded = octal(tar, offset + 148, 8);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : tar[offset + i];
  return recorded === sum;
}

/** A NUL- or space-terminated octal field; undefined when it holds anything else. */
function octal(tar: Uint8Array, offset: number, length: number): number | undefined {
  let text = '';
  for (let i = offset; i < offset + length; i++) {
    const byte = tar[i];
    if (byte === 0 || byte === 0x20) {
      if (text !== '') break;
      continue;
    }
    if (byte < 0x30 || byte > 0x37) return undefined;
    text += String.fromCharCode(byte);
  }
  return text === '' ? 0 : parseInt(text, 8);
}

/** The entry's name (ustar prefix and name) relative to the data directory; undefined when it leaves it. */
function entryPath(tar: Uint8Array, offset: number): string | undefined {
  const name = field(tar, offset, 100);
  const ustar = field(tar, offset + 257, 6).startsWith('ustar');
  const prefix = ustar ? field(tar, offset + 345, 155) : '';
  const segments = `${prefix}/${name}`.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.some((segment) => segment === '..')) return undefined;
  return segments.join('/');
}

const decoder = new TextDecoder();

function field(tar: Uint8Array, offset: number, length: number): string {
  let end = offset;
  while (end < offset + length && tar[end] !== 0) end++;
  return decoder.decode(tar.subarray(offset, end));
}
