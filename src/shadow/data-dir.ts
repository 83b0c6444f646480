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
    offset = dataStart + Math.ceil(size / BLOCK) * BLOCK;
  }
  return entries.some((entry) => entry.path === 'PG_VERSION' && !entry.directory) ? entries : undefined;
}

/**
 * PGlite's in-memory file system, with a data directory written into it before PostgreSQL starts (none
 * for a fresh one), and able to hand its data directory over as PostgreSQL shuts down.
 */
export class PreloadedMemoryFS extends MemoryFS {
  private dumpOnClose = false;
  private dumped: Blob | undefined;

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
    return new Uint8Array(await this.dumped.arrayBuffer());
  }

  override async closeFs(): Promise<void> {
    if (this.dumpOnClose) this.dumped = await this.dumpTar('pgdata', 'none');
    await super.closeFs();
  }

  override async initialSyncFs(): Promise<void> {
    const fs = (this.pg as unknown as { Module: { FS: EmscriptenFS } }).Module.FS;
    const made = new Set<string>();
    const makeDir = (dir: string) => {
      if (made.has(dir)) return;
      fs.mkdirTree(dir);
      made.add(dir);
    };
    for (const entry of this.entries ?? []) {
      const full = entry.path === '' ? this.root : `${this.root}/${entry.path}`;
      if (entry.directory) {
        makeDir(full);
        continue;
      }
      makeDir(full.slice(0, full.lastIndexOf('/')));
      const stream = fs.open(full, 'w');
      // canOwn: the file system keeps the view instead of copying it; a later write past its end copies.
      if (entry.data.length > 0) fs.write(stream, entry.data, 0, entry.data.length, 0, true);
      fs.close(stream);
      fs.utime(full, entry.modified * 1000, entry.modified * 1000);
    }
    // The entries hold views into the whole tar; the file system has them now.
    this.entries = undefined;
  }
}

/** The part of Emscripten's FS object this module uses. */
interface EmscriptenFS {
  mkdirTree(path: string): void;
  open(path: string, flags: string): unknown;
  write(
    stream: unknown,
    data: Uint8Array,
    offset: number,
    length: number,
    position: number,
    canOwn: boolean,
  ): number;
  close(stream: unknown): void;
  utime(path: string, accessed: number, modified: number): void;
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
